; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [128 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00tracepoint:syscalls:sys_enter_read\00\00\00\00\00\00tracepoint:syscalls:sys_enter_write\00\00\00\00\00", section ".rodata", align 8, !dbg !53

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !73 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %agg.full, %stat.inc1, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 174 to i64 (i8*)*)(i8* %ctx) #0, !dbg !80
  %6 = icmp ult i64 %5, 2, !dbg !80
  br i1 %6, label %cookie.range, label %return, !dbg !80

cookie.range:                                     ; preds = %pid.match
  %7 = mul i64 %5, 40, !dbg !80
  %8 = add i64 %7, 48, !dbg !80
  %probe.row = getelementptr [128 x i8], [128 x i8]* @tp_ro, i64 0, i64 %8, !dbg !80
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %9, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

rec.fill:                                         ; preds = %cookie.range
  %10 = bitcast i8* %9 to i64*, !dbg !81
  store i64 1, i64* %10, align 8, !dbg !81
  %11 = getelementptr i8, i8* %9, i64 8, !dbg !81
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(36) %11, i8* noundef nonnull align 8 dereferenceable(36) %probe.row, i64 36, i1 false), !dbg !81
  %12 = getelementptr i8, i8* %9, i64 43, !dbg !81
  store i8 0, i8* %12, align 1, !dbg !81
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %14 = icmp ugt i64 %13, 65536, !dbg !81
  %15 = select i1 %14, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %15) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %cookie.range
  %16 = bitcast i32* %zero to i8*, !dbg !81
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !81
  %.not3 = icmp eq i8* %17, null, !dbg !81
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %18 = bitcast [5 x i64]* %tmp to i8*, !dbg !82
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %18, i8 0, i64 40, i1 false), !dbg !82
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(36) %18, i8* noundef nonnull align 8 dereferenceable(36) %probe.row, i64 36, i1 false), !dbg !82
  %19 = getelementptr inbounds i8, i8* %18, i64 35, !dbg !82
  store i8 0, i8* %19, align 1, !dbg !82
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #0, !dbg !82
  %.not4 = icmp eq i8* %20, null, !dbg !82
  br i1 %.not4, label %agg.init, label %agg.have, !dbg !82

stat.inc:                                         ; preds = %rec.lost
  %21 = bitcast i8* %17 to i64*, !dbg !81
  %22 = load i64, i64* %21, align 8, !dbg !81
  %23 = add i64 %22, 1, !dbg !81
  store i64 %23, i64* %21, align 8, !dbg !81
  br label %rec.done, !dbg !81

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %20, %rec.done ], [ %28, %agg.init ], !dbg !82
  %24 = bitcast i8* %agg to i64*, !dbg !82
  %25 = load i64, i64* %24, align 8, !dbg !82
  %26 = add i64 %25, 1, !dbg !82
  store i64 %26, i64* %24, align 8, !dbg !82
  br label %return, !dbg !82

agg.init:                                         ; preds = %rec.done
  %27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !82
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #0, !dbg !82
  %.not5 = icmp eq i8* %28, null, !dbg !82
  br i1 %.not5, label %agg.full, label %agg.have, !dbg !82

agg.full:                                         ; preds = %agg.init
  %29 = bitcast i32* %zero to i8*, !dbg !82
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !82
  %.not6 = icmp eq i8* %30, null, !dbg !82
  br i1 %.not6, label %return, label %stat.inc1, !dbg !82

stat.inc1:                                        ; preds = %agg.full
  %31 = getelementptr i8, i8* %30, i64 8, !dbg !82
  %32 = bitcast i8* %31 to i64*, !dbg !82
  %33 = load i64, i64* %32, align 8, !dbg !82
  %34 = add i64 %33, 1, !dbg !82
  store i64 %34, i64* %32, align 8, !dbg !82
  br label %return, !dbg !82
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @begin2(i8* %ctx) #0 section "raw_tp" !dbg !83 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !86
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !88
  %.not = icmp eq i8* %0, null, !dbg !88
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !88

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !88
  store i64 4294967297, i64* %1, align 8, !dbg !88
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !88
  store i8 66, i8* %2, align 1, !dbg !88
  %3 = getelementptr i8, i8* %0, i64 9, !dbg !88
  store i8 69, i8* %3, align 1, !dbg !88
  %4 = getelementptr i8, i8* %0, i64 10, !dbg !88
  store i8 71, i8* %4, align 1, !dbg !88
  %5 = getelementptr i8, i8* %0, i64 11, !dbg !88
  store i8 73, i8* %5, align 1, !dbg !88
  %6 = getelementptr i8, i8* %0, i64 12, !dbg !88
  store i8 78, i8* %6, align 1, !dbg !88
  %7 = getelementptr i8, i8* %0, i64 13, !dbg !88
  store i8 0, i8* %7, align 1, !dbg !88
  %8 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !88
  %9 = icmp ugt i64 %8, 65536, !dbg !88
  %10 = select i1 %9, i64 2, i64 1, !dbg !88
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %10) #0, !dbg !88
  br label %rec.done, !dbg !88

rec.lost:                                         ; preds = %entry
  %11 = bitcast i32* %zero to i8*, !dbg !88
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %11) #0, !dbg !88
  %.not3 = icmp eq i8* %12, null, !dbg !88
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !88

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %13 = bitcast [5 x i64]* %tmp to i8*, !dbg !89
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %13, i8 0, i64 40, i1 false), !dbg !89
  store i8 66, i8* %13, align 8, !dbg !89
  %14 = getelementptr inbounds i8, i8* %13, i64 1, !dbg !89
  store i8 69, i8* %14, align 1, !dbg !89
  %15 = getelementptr inbounds i8, i8* %13, i64 2, !dbg !89
  store i8 71, i8* %15, align 2, !dbg !89
  %16 = getelementptr inbounds i8, i8* %13, i64 3, !dbg !89
  store i8 73, i8* %16, align 1, !dbg !89
  %17 = getelementptr inbounds i8, i8* %13, i64 4, !dbg !89
  store i8 78, i8* %17, align 4, !dbg !89
  %18 = getelementptr inbounds i8, i8* %13, i64 5, !dbg !89
  store i8 0, i8* %18, align 1, !dbg !89
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %13) #0, !dbg !89
  %.not4 = icmp eq i8* %19, null, !dbg !89
  br i1 %.not4, label %agg.init, label %agg.have, !dbg !89

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %12 to i64*, !dbg !88
  %21 = load i64, i64* %20, align 8, !dbg !88
  %22 = add i64 %21, 1, !dbg !88
  store i64 %22, i64* %20, align 8, !dbg !88
  br label %rec.done, !dbg !88

agg.done:                                         ; preds = %agg.full, %stat.inc1, %agg.have
  ret i32 0, !dbg !87

agg.have:                                         ; preds = %agg.init, %rec.done
  %agg = phi i8* [ %19, %rec.done ], [ %27, %agg.init ], !dbg !89
  %23 = bitcast i8* %agg to i64*, !dbg !89
  %24 = load i64, i64* %23, align 8, !dbg !89
  %25 = add i64 %24, 1, !dbg !89
  store i64 %25, i64* %23, align 8, !dbg !89
  br label %agg.done, !dbg !89

agg.init:                                         ; preds = %rec.done
  %26 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %13, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !89
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %13) #0, !dbg !89
  %.not5 = icmp eq i8* %27, null, !dbg !89
  br i1 %.not5, label %agg.full, label %agg.have, !dbg !89

agg.full:                                         ; preds = %agg.init
  %28 = bitcast i32* %zero to i8*, !dbg !89
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !89
  %.not6 = icmp eq i8* %29, null, !dbg !89
  br i1 %.not6, label %agg.done, label %stat.inc1, !dbg !89

stat.inc1:                                        ; preds = %agg.full
  %30 = getelementptr i8, i8* %29, i64 8, !dbg !89
  %31 = bitcast i8* %30 to i64*, !dbg !89
  %32 = load i64, i64* %31, align 8, !dbg !89
  %33 = add i64 %32, 1, !dbg !89
  store i64 %33, i64* %31, align 8, !dbg !89
  br label %agg.done, !dbg !89
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "builtin_probe.tp", directory: ".")
!4 = !{!0, !5, !28, !53}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 320, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 288, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 288, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 36, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1024, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 128, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 2, type: !76)
!79 = !DILocation(line: 2, scope: !73)
!80 = !DILocation(line: 2, column: 1, scope: !73)
!81 = !DILocation(line: 3, column: 2, scope: !73)
!82 = !DILocation(line: 4, column: 2, scope: !73)
!83 = distinct !DISubprogram(name: "begin2", linkageName: "begin2", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !83, file: !3, line: 2, type: !76)
!86 = !DILocation(line: 2, scope: !83)
!87 = !DILocation(line: 2, column: 1, scope: !83)
!88 = !DILocation(line: 3, column: 2, scope: !83)
!89 = !DILocation(line: 4, column: 2, scope: !83)
