; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [168 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00tracepoint:sched:sched_process_exec\00\00\00\00\00tracepoint:sched:sched_process_exit\00\00\00\00\00tracepoint:sched:sched_process_fork\00\00\00\00\00", section ".rodata", align 8, !dbg !53

; Function Attrs: nounwind
define i32 @tp0_sched_process_exec(i8* %ctx) #0 section "raw_tp" !dbg !73 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([168 x i8], [168 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %agg.full, %stat.inc, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 174 to i64 (i8*)*)(i8* %ctx) #0, !dbg !80
  %6 = icmp ult i64 %5, 3, !dbg !80
  br i1 %6, label %cookie.range, label %return, !dbg !80

cookie.range:                                     ; preds = %pid.match
  %7 = mul i64 %5, 40, !dbg !80
  %8 = add i64 %7, 48, !dbg !80
  %probe.row = getelementptr [168 x i8], [168 x i8]* @tp_ro, i64 0, i64 %8, !dbg !80
  %9 = bitcast [5 x i64]* %tmp to i8*, !dbg !81
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %9, i8 0, i64 40, i1 false), !dbg !81
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(36) %9, i8* noundef nonnull align 8 dereferenceable(36) %probe.row, i64 36, i1 false), !dbg !81
  %10 = getelementptr inbounds i8, i8* %9, i64 35, !dbg !81
  store i8 0, i8* %10, align 1, !dbg !81
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !81
  %.not = icmp eq i8* %11, null, !dbg !81
  br i1 %.not, label %agg.init, label %agg.have, !dbg !81

agg.have:                                         ; preds = %agg.init, %cookie.range
  %agg = phi i8* [ %11, %cookie.range ], [ %16, %agg.init ], !dbg !81
  %12 = bitcast i8* %agg to i64*, !dbg !81
  %13 = load i64, i64* %12, align 8, !dbg !81
  %14 = add i64 %13, 1, !dbg !81
  store i64 %14, i64* %12, align 8, !dbg !81
  br label %return, !dbg !81

agg.init:                                         ; preds = %cookie.range
  %15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9, i8* getelementptr inbounds ([168 x i8], [168 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !81
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !81
  %.not1 = icmp eq i8* %16, null, !dbg !81
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !81

agg.full:                                         ; preds = %agg.init
  %17 = bitcast i32* %zero to i8*, !dbg !81
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !81
  %.not2 = icmp eq i8* %18, null, !dbg !81
  br i1 %.not2, label %return, label %stat.inc, !dbg !81

stat.inc:                                         ; preds = %agg.full
  %19 = getelementptr i8, i8* %18, i64 8, !dbg !81
  %20 = bitcast i8* %19 to i64*, !dbg !81
  %21 = load i64, i64* %20, align 8, !dbg !81
  %22 = add i64 %21, 1, !dbg !81
  store i64 %22, i64* %20, align 8, !dbg !81
  br label %return, !dbg !81
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp0_pe_sched_process_exec(i8* %ctx) #0 section "tracepoint" !dbg !82 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !85
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %zero = alloca i32, align 4, !dbg !86
  store i32 0, i32* %zero, align 4, !dbg !86
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([168 x i8], [168 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !86
  %1 = icmp eq i64 %0, 0, !dbg !86
  br i1 %1, label %pid.match, label %pid.filter, !dbg !86

return:                                           ; preds = %agg.full, %stat.inc, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !86

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !86
  %3 = lshr i64 %2, 32, !dbg !86
  %4 = icmp eq i64 %3, %0, !dbg !86
  br i1 %4, label %pid.match, label %return, !dbg !86

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 174 to i64 (i8*)*)(i8* %ctx) #0, !dbg !86
  %6 = icmp ult i64 %5, 3, !dbg !86
  br i1 %6, label %cookie.range, label %return, !dbg !86

cookie.range:                                     ; preds = %pid.match
  %7 = mul i64 %5, 40, !dbg !86
  %8 = add i64 %7, 48, !dbg !86
  %probe.row = getelementptr [168 x i8], [168 x i8]* @tp_ro, i64 0, i64 %8, !dbg !86
  %9 = bitcast [5 x i64]* %tmp to i8*, !dbg !87
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %9, i8 0, i64 40, i1 false), !dbg !87
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(36) %9, i8* noundef nonnull align 8 dereferenceable(36) %probe.row, i64 36, i1 false), !dbg !87
  %10 = getelementptr inbounds i8, i8* %9, i64 35, !dbg !87
  store i8 0, i8* %10, align 1, !dbg !87
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !87
  %.not = icmp eq i8* %11, null, !dbg !87
  br i1 %.not, label %agg.init, label %agg.have, !dbg !87

agg.have:                                         ; preds = %agg.init, %cookie.range
  %agg = phi i8* [ %11, %cookie.range ], [ %16, %agg.init ], !dbg !87
  %12 = bitcast i8* %agg to i64*, !dbg !87
  %13 = load i64, i64* %12, align 8, !dbg !87
  %14 = add i64 %13, 1, !dbg !87
  store i64 %14, i64* %12, align 8, !dbg !87
  br label %return, !dbg !87

agg.init:                                         ; preds = %cookie.range
  %15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9, i8* getelementptr inbounds ([168 x i8], [168 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !87
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !87
  %.not1 = icmp eq i8* %16, null, !dbg !87
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !87

agg.full:                                         ; preds = %agg.init
  %17 = bitcast i32* %zero to i8*, !dbg !87
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !87
  %.not2 = icmp eq i8* %18, null, !dbg !87
  br i1 %.not2, label %return, label %stat.inc, !dbg !87

stat.inc:                                         ; preds = %agg.full
  %19 = getelementptr i8, i8* %18, i64 8, !dbg !87
  %20 = bitcast i8* %19 to i64*, !dbg !87
  %21 = load i64, i64* %20, align 8, !dbg !87
  %22 = add i64 %21, 1, !dbg !87
  store i64 %22, i64* %20, align 8, !dbg !87
  br label %return, !dbg !87
}

; Function Attrs: nounwind
define i32 @tp3_sched_process_exit(i8* %ctx) #0 section "tracepoint/sched/sched_process_exit" !dbg !88 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !90, metadata !DIExpression()), !dbg !91
  %zero = alloca i32, align 4, !dbg !92
  store i32 0, i32* %zero, align 4, !dbg !92
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([168 x i8], [168 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !92
  %1 = icmp eq i64 %0, 0, !dbg !92
  br i1 %1, label %pid.match, label %pid.filter, !dbg !92

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !92

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !92
  %3 = lshr i64 %2, 32, !dbg !92
  %4 = icmp eq i64 %3, %0, !dbg !92
  br i1 %4, label %pid.match, label %return, !dbg !92

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !93
  %6 = bitcast i8* %5 to i32*, !dbg !93
  %7 = load i32, i32* %6, align 4, !dbg !93
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !93
  %.not = icmp eq i8* %8, null, !dbg !93
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !93

rec.fill:                                         ; preds = %pid.match
  %9 = sext i32 %7 to i64, !dbg !93
  %10 = bitcast i8* %8 to i64*, !dbg !93
  store i64 1, i64* %10, align 8, !dbg !93
  %11 = getelementptr i8, i8* %8, i64 8, !dbg !93
  %12 = bitcast i8* %11 to i64*, !dbg !93
  store i64 %9, i64* %12, align 8, !dbg !93
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !93
  %14 = icmp ugt i64 %13, 65536, !dbg !93
  %15 = select i1 %14, i64 2, i64 1, !dbg !93
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %15) #0, !dbg !93
  br label %return, !dbg !93

rec.lost:                                         ; preds = %pid.match
  %16 = bitcast i32* %zero to i8*, !dbg !93
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !93
  %.not1 = icmp eq i8* %17, null, !dbg !93
  br i1 %.not1, label %return, label %stat.inc, !dbg !93

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !93
  %19 = load i64, i64* %18, align 8, !dbg !93
  %20 = add i64 %19, 1, !dbg !93
  store i64 %20, i64* %18, align 8, !dbg !93
  br label %return, !dbg !93
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_wildcard.tp", directory: ".")
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
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1344, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 168, lowerBound: 0)
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
!73 = distinct !DISubprogram(name: "tp0_sched_process_exec", linkageName: "tp0_sched_process_exec", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 2, type: !76)
!79 = !DILocation(line: 2, scope: !73)
!80 = !DILocation(line: 2, column: 1, scope: !73)
!81 = !DILocation(line: 2, column: 36, scope: !73)
!82 = distinct !DISubprogram(name: "tp0_pe_sched_process_exec", linkageName: "tp0_pe_sched_process_exec", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !82, file: !3, line: 2, type: !76)
!85 = !DILocation(line: 2, scope: !82)
!86 = !DILocation(line: 2, column: 1, scope: !82)
!87 = !DILocation(line: 2, column: 36, scope: !82)
!88 = distinct !DISubprogram(name: "tp3_sched_process_exit", linkageName: "tp3_sched_process_exit", scope: !3, file: !3, line: 3, type: !74, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !89)
!89 = !{!90}
!90 = !DILocalVariable(name: "ctx", arg: 1, scope: !88, file: !3, line: 3, type: !76)
!91 = !DILocation(line: 3, scope: !88)
!92 = !DILocation(line: 3, column: 1, scope: !88)
!93 = !DILocation(line: 3, column: 30, scope: !88)
