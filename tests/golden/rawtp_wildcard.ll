; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_p = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !53
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !62

; Function Attrs: nounwind
define i32 @tp0_sched_wakeup(i8* %ctx) #0 section "tp_btf/sched_wakeup" !dbg !80 {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !86
  %tmp1 = alloca [1 x i64], align 8, !dbg !86
  %tmp = alloca [4 x i64], align 8, !dbg !86
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !87
  %1 = icmp eq i64 %0, 0, !dbg !87
  br i1 %1, label %pid.match, label %pid.filter, !dbg !87

return:                                           ; preds = %map.full, %stat.inc3, %agg.done, %pid.filter
  ret i32 0, !dbg !87

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !87
  %3 = lshr i64 %2, 32, !dbg !87
  %4 = icmp eq i64 %3, %0, !dbg !87
  br i1 %4, label %pid.match, label %return, !dbg !87

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [4 x i64]* %tmp to i8*, !dbg !88
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %5, i8 0, i64 32, i1 false), !dbg !88
  %6 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 0, !dbg !88
  store i64 7305790164733223282, i64* %6, align 8, !dbg !88
  %7 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 1, !dbg !88
  store i64 7166135703819612016, i64* %7, align 8, !dbg !88
  %8 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 2, !dbg !88
  store i64 7308041985668179304, i64* %8, align 8, !dbg !88
  %9 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 3, !dbg !88
  %10 = bitcast i64* %9 to i8*, !dbg !88
  store i8 117, i8* %10, align 8, !dbg !88
  %11 = getelementptr inbounds i8, i8* %5, i64 25, !dbg !88
  store i8 112, i8* %11, align 1, !dbg !88
  %12 = getelementptr inbounds i8, i8* %5, i64 26, !dbg !88
  store i8 0, i8* %12, align 2, !dbg !88
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !88
  %.not = icmp eq i8* %13, null, !dbg !88
  br i1 %.not, label %agg.init, label %agg.have, !dbg !88

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %5, i32 8, i8* %ctx) #0, !dbg !89
  %15 = load i64, i64* %6, align 8, !dbg !89
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !89
  %17 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !89
  store i64 %15, i64* %17, align 8, !dbg !89
  %18 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !89
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !89
  store i64 0, i64* %19, align 8, !dbg !89
  %20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %18, i8* nonnull %16, i64 0) #0, !dbg !89
  %21 = icmp slt i64 %20, 0, !dbg !89
  br i1 %21, label %map.full, label %return, !dbg !89

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %13, %pid.match ], [ %26, %agg.init ], !dbg !88
  %22 = bitcast i8* %agg to i64*, !dbg !88
  %23 = load i64, i64* %22, align 8, !dbg !88
  %24 = add i64 %23, 1, !dbg !88
  store i64 %24, i64* %22, align 8, !dbg !88
  br label %agg.done, !dbg !88

agg.init:                                         ; preds = %pid.match
  %25 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !88
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !88
  %.not5 = icmp eq i8* %26, null, !dbg !88
  br i1 %.not5, label %agg.full, label %agg.have, !dbg !88

agg.full:                                         ; preds = %agg.init
  %27 = bitcast i32* %zero to i8*, !dbg !88
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !88
  %.not6 = icmp eq i8* %28, null, !dbg !88
  br i1 %.not6, label %agg.done, label %stat.inc, !dbg !88

stat.inc:                                         ; preds = %agg.full
  %29 = getelementptr i8, i8* %28, i64 8, !dbg !88
  %30 = bitcast i8* %29 to i64*, !dbg !88
  %31 = load i64, i64* %30, align 8, !dbg !88
  %32 = add i64 %31, 1, !dbg !88
  store i64 %32, i64* %30, align 8, !dbg !88
  br label %agg.done, !dbg !88

map.full:                                         ; preds = %agg.done
  %33 = bitcast i32* %zero to i8*, !dbg !89
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !89
  %.not7 = icmp eq i8* %34, null, !dbg !89
  br i1 %.not7, label %return, label %stat.inc3, !dbg !89

stat.inc3:                                        ; preds = %map.full
  %35 = getelementptr i8, i8* %34, i64 16, !dbg !89
  %36 = bitcast i8* %35 to i64*, !dbg !89
  %37 = load i64, i64* %36, align 8, !dbg !89
  %38 = add i64 %37, 1, !dbg !89
  store i64 %38, i64* %36, align 8, !dbg !89
  br label %return, !dbg !89
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sched_waking(i8* %ctx) #0 section "tp_btf/sched_waking" !dbg !90 {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !93
  %tmp1 = alloca [1 x i64], align 8, !dbg !93
  %tmp = alloca [4 x i64], align 8, !dbg !93
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !92, metadata !DIExpression()), !dbg !93
  %zero = alloca i32, align 4, !dbg !94
  store i32 0, i32* %zero, align 4, !dbg !94
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !94
  %1 = icmp eq i64 %0, 0, !dbg !94
  br i1 %1, label %pid.match, label %pid.filter, !dbg !94

return:                                           ; preds = %map.full, %stat.inc3, %agg.done, %pid.filter
  ret i32 0, !dbg !94

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !94
  %3 = lshr i64 %2, 32, !dbg !94
  %4 = icmp eq i64 %3, %0, !dbg !94
  br i1 %4, label %pid.match, label %return, !dbg !94

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [4 x i64]* %tmp to i8*, !dbg !95
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(32) %5, i8 0, i64 32, i1 false), !dbg !95
  %6 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 0, !dbg !95
  store i64 7305790164733223282, i64* %6, align 8, !dbg !95
  %7 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 1, !dbg !95
  store i64 7166135703819612016, i64* %7, align 8, !dbg !95
  %8 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 2, !dbg !95
  store i64 7596272361819891048, i64* %8, align 8, !dbg !95
  %9 = getelementptr inbounds [4 x i64], [4 x i64]* %tmp, i64 0, i64 3, !dbg !95
  %10 = bitcast i64* %9 to i8*, !dbg !95
  store i8 110, i8* %10, align 8, !dbg !95
  %11 = getelementptr inbounds i8, i8* %5, i64 25, !dbg !95
  store i8 103, i8* %11, align 1, !dbg !95
  %12 = getelementptr inbounds i8, i8* %5, i64 26, !dbg !95
  store i8 0, i8* %12, align 2, !dbg !95
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !95
  %.not = icmp eq i8* %13, null, !dbg !95
  br i1 %.not, label %agg.init, label %agg.have, !dbg !95

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %5, i32 8, i8* %ctx) #0, !dbg !96
  %15 = load i64, i64* %6, align 8, !dbg !96
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !96
  %17 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !96
  store i64 %15, i64* %17, align 8, !dbg !96
  %18 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !96
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !96
  store i64 0, i64* %19, align 8, !dbg !96
  %20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %18, i8* nonnull %16, i64 0) #0, !dbg !96
  %21 = icmp slt i64 %20, 0, !dbg !96
  br i1 %21, label %map.full, label %return, !dbg !96

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %13, %pid.match ], [ %26, %agg.init ], !dbg !95
  %22 = bitcast i8* %agg to i64*, !dbg !95
  %23 = load i64, i64* %22, align 8, !dbg !95
  %24 = add i64 %23, 1, !dbg !95
  store i64 %24, i64* %22, align 8, !dbg !95
  br label %agg.done, !dbg !95

agg.init:                                         ; preds = %pid.match
  %25 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !95
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !95
  %.not5 = icmp eq i8* %26, null, !dbg !95
  br i1 %.not5, label %agg.full, label %agg.have, !dbg !95

agg.full:                                         ; preds = %agg.init
  %27 = bitcast i32* %zero to i8*, !dbg !95
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !95
  %.not6 = icmp eq i8* %28, null, !dbg !95
  br i1 %.not6, label %agg.done, label %stat.inc, !dbg !95

stat.inc:                                         ; preds = %agg.full
  %29 = getelementptr i8, i8* %28, i64 8, !dbg !95
  %30 = bitcast i8* %29 to i64*, !dbg !95
  %31 = load i64, i64* %30, align 8, !dbg !95
  %32 = add i64 %31, 1, !dbg !95
  store i64 %32, i64* %30, align 8, !dbg !95
  br label %agg.done, !dbg !95

map.full:                                         ; preds = %agg.done
  %33 = bitcast i32* %zero to i8*, !dbg !96
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !96
  %.not7 = icmp eq i8* %34, null, !dbg !96
  br i1 %.not7, label %return, label %stat.inc3, !dbg !96

stat.inc3:                                        ; preds = %map.full
  %35 = getelementptr i8, i8* %34, i64 16, !dbg !96
  %36 = bitcast i8* %35 to i64*, !dbg !96
  %37 = load i64, i64* %36, align 8, !dbg !96
  %38 = add i64 %37, 1, !dbg !96
  store i64 %38, i64* %36, align 8, !dbg !96
  br label %return, !dbg !96
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!78, !79}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "rawtp_wildcard.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !62}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
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
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 216, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 216, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 27, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "m_p", linkageName: "m_p", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !56)
!56 = !{!57, !37, !58, !59}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 128)
!59 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !60, size: 64, align: 64, offset: 192)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !64, isLocal: false, isDefinition: true, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !65)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 48, lowerBound: 0)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !69)
!69 = !{!70, !73}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !71, size: 64, align: 64)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !49)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !74, size: 64, align: 64, offset: 64)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 262144, lowerBound: 0)
!78 = !{i32 2, !"Debug Info Version", i32 3}
!79 = !{i32 2, !"Dwarf Version", i32 4}
!80 = distinct !DISubprogram(name: "tp0_sched_wakeup", linkageName: "tp0_sched_wakeup", scope: !3, file: !3, line: 4, type: !81, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!81 = !DISubroutineType(types: !82)
!82 = !{!12, !83}
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !80, file: !3, line: 4, type: !83)
!86 = !DILocation(line: 4, scope: !80)
!87 = !DILocation(line: 4, column: 1, scope: !80)
!88 = !DILocation(line: 4, column: 28, scope: !80)
!89 = !DILocation(line: 4, column: 48, scope: !80)
!90 = distinct !DISubprogram(name: "tp1_sched_waking", linkageName: "tp1_sched_waking", scope: !3, file: !3, line: 4, type: !81, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !91)
!91 = !{!92}
!92 = !DILocalVariable(name: "ctx", arg: 1, scope: !90, file: !3, line: 4, type: !83)
!93 = !DILocation(line: 4, scope: !90)
!94 = !DILocation(line: 4, column: 1, scope: !90)
!95 = !DILocation(line: 4, column: 28, scope: !90)
!96 = !DILocation(line: 4, column: 48, scope: !90)
