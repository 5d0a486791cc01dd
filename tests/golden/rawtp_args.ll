; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tp_btf/sched_switch" !dbg !40 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !46
  %tmp = alloca [1 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = load i8, i8* %ctx, align 1, !dbg !48
  %1 = zext i8 %0 to i64, !dbg !48
  %2 = icmp eq i8 %0, 0, !dbg !48
  br i1 %2, label %pred.true, label %return, !dbg !48

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !47

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !49
  %4 = bitcast i8* %3 to i32*, !dbg !49
  %5 = load i32, i32* %4, align 4, !dbg !49
  %6 = bitcast [1 x i64]* %tmp to i8*, !dbg !49
  %7 = getelementptr i8, i8* %ctx, i64 8, !dbg !49
  %8 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %6, i32 8, i8* %7) #0, !dbg !49
  %9 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !49
  %10 = load i64, i64* %9, align 8, !dbg !49
  %11 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !49
  %12 = getelementptr i8, i8* %ctx, i64 16, !dbg !49
  %13 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %11, i32 8, i8* %12) #0, !dbg !49
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !49
  %15 = load i64, i64* %14, align 8, !dbg !49
  %16 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !49
  %.not = icmp eq i8* %16, null, !dbg !49
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !49

rec.fill:                                         ; preds = %pred.true
  %17 = zext i32 %5 to i64, !dbg !49
  %18 = bitcast i8* %16 to i64*, !dbg !49
  store i64 1, i64* %18, align 8, !dbg !49
  %19 = getelementptr i8, i8* %16, i64 8, !dbg !49
  %20 = bitcast i8* %19 to i64*, !dbg !49
  store i64 %1, i64* %20, align 8, !dbg !49
  %21 = getelementptr i8, i8* %16, i64 16, !dbg !49
  %22 = bitcast i8* %21 to i64*, !dbg !49
  store i64 %17, i64* %22, align 8, !dbg !49
  %23 = getelementptr i8, i8* %16, i64 24, !dbg !49
  %24 = bitcast i8* %23 to i64*, !dbg !49
  store i64 %10, i64* %24, align 8, !dbg !49
  %25 = getelementptr i8, i8* %16, i64 32, !dbg !49
  %26 = bitcast i8* %25 to i64*, !dbg !49
  store i64 %15, i64* %26, align 8, !dbg !49
  %27 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %28 = icmp ugt i64 %27, 65536, !dbg !49
  %29 = select i1 %28, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %16, i64 %29) #0, !dbg !49
  br label %return, !dbg !49

rec.lost:                                         ; preds = %pred.true
  %30 = bitcast i32* %zero to i8*, !dbg !49
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !49
  %.not2 = icmp eq i8* %31, null, !dbg !49
  br i1 %.not2, label %return, label %stat.inc, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %32 = bitcast i8* %31 to i64*, !dbg !49
  %33 = load i64, i64* %32, align 8, !dbg !49
  %34 = add i64 %33, 1, !dbg !49
  store i64 %34, i64* %32, align 8, !dbg !49
  br label %return, !dbg !49
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_cpuhp_enter(i8* %ctx) #0 section "tp_btf/cpuhp_enter" !dbg !50 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %0, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !55
  store i64 4294967298, i64* %1, align 8, !dbg !55
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !55
  %3 = bitcast i8* %ctx to i32*, !dbg !55
  %4 = load i32, i32* %3, align 4, !dbg !55
  %5 = zext i32 %4 to i64, !dbg !55
  %6 = bitcast i8* %2 to i64*, !dbg !55
  store i64 %5, i64* %6, align 8, !dbg !55
  %7 = getelementptr i8, i8* %0, i64 16, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !55
  %9 = bitcast i8* %8 to i32*, !dbg !55
  %10 = load i32, i32* %9, align 4, !dbg !55
  %11 = sext i32 %10 to i64, !dbg !55
  %12 = bitcast i8* %7 to i64*, !dbg !55
  store i64 %11, i64* %12, align 8, !dbg !55
  %13 = getelementptr i8, i8* %0, i64 24, !dbg !55
  %14 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %15 = bitcast i8* %14 to i32*, !dbg !55
  %16 = load i32, i32* %15, align 4, !dbg !55
  %17 = sext i32 %16 to i64, !dbg !55
  %18 = bitcast i8* %13 to i64*, !dbg !55
  store i64 %17, i64* %18, align 8, !dbg !55
  %19 = getelementptr i8, i8* %0, i64 32, !dbg !55
  %20 = bitcast [1 x i64]* %tmp to i8*, !dbg !55
  %21 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %22 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 8, i8* %21) #0, !dbg !55
  %23 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !55
  %24 = load i64, i64* %23, align 8, !dbg !55
  %25 = bitcast i8* %19 to i64*, !dbg !55
  store i64 %24, i64* %25, align 8, !dbg !55
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %27 = icmp ugt i64 %26, 65536, !dbg !55
  %28 = select i1 %27, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %28) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %entry
  %29 = bitcast i32* %zero to i8*, !dbg !55
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !55
  %.not1 = icmp eq i8* %30, null, !dbg !55
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !54

stat.inc:                                         ; preds = %rec.lost
  %31 = bitcast i8* %30 to i64*, !dbg !55
  %32 = load i64, i64* %31, align 8, !dbg !55
  %33 = add i64 %32, 1, !dbg !55
  store i64 %33, i64* %31, align 8, !dbg !55
  br label %rec.done, !dbg !55
}

; Function Attrs: nounwind
define i32 @tp2_rpm_status(i8* %ctx) #0 section "tp_btf/rpm_status" !dbg !56 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !59
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !61
  %.not = icmp eq i8* %0, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !61
  store i64 8589934594, i64* %1, align 8, !dbg !61
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !61
  %3 = bitcast [1 x i64]* %tmp to i8*, !dbg !61
  %4 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %3, i32 8, i8* %ctx) #0, !dbg !61
  %5 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !61
  %6 = load i64, i64* %5, align 8, !dbg !61
  %7 = bitcast i8* %2 to i64*, !dbg !61
  store i64 %6, i64* %7, align 8, !dbg !61
  %8 = getelementptr i8, i8* %0, i64 16, !dbg !61
  %9 = getelementptr i8, i8* %ctx, i64 8, !dbg !61
  %10 = bitcast i8* %9 to i32*, !dbg !61
  %11 = load i32, i32* %10, align 4, !dbg !61
  %12 = sext i32 %11 to i64, !dbg !61
  %13 = bitcast i8* %8 to i64*, !dbg !61
  store i64 %12, i64* %13, align 8, !dbg !61
  %14 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %15 = icmp ugt i64 %14, 65536, !dbg !61
  %16 = select i1 %15, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %16) #0, !dbg !61
  br label %rec.done, !dbg !61

rec.lost:                                         ; preds = %entry
  %17 = bitcast i32* %zero to i8*, !dbg !61
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !61
  %.not1 = icmp eq i8* %18, null, !dbg !61
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !61

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !60

stat.inc:                                         ; preds = %rec.lost
  %19 = bitcast i8* %18 to i64*, !dbg !61
  %20 = load i64, i64* %19, align 8, !dbg !61
  %21 = add i64 %20, 1, !dbg !61
  store i64 %21, i64* %19, align 8, !dbg !61
  br label %rec.done, !dbg !61
}

; Function Attrs: nounwind
define i32 @tp3_fixture_unnamed(i8* %ctx) #0 section "tp_btf/fixture_unnamed" !dbg !62 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !65
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !64, metadata !DIExpression()), !dbg !65
  %zero = alloca i32, align 4, !dbg !66
  store i32 0, i32* %zero, align 4, !dbg !66
  %0 = getelementptr i8, i8* %ctx, i64 8, !dbg !67
  %1 = bitcast i8* %0 to i16*, !dbg !67
  %2 = load i16, i16* %1, align 2, !dbg !67
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !67
  %.not = icmp eq i8* %3, null, !dbg !67
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !67

rec.fill:                                         ; preds = %entry
  %4 = sext i16 %2 to i64, !dbg !67
  %5 = bitcast i8* %3 to i64*, !dbg !67
  store i64 12884901889, i64* %5, align 8, !dbg !67
  %6 = getelementptr i8, i8* %3, i64 8, !dbg !67
  %7 = bitcast i8* %6 to i64*, !dbg !67
  store i64 %4, i64* %7, align 8, !dbg !67
  %8 = getelementptr i8, i8* %3, i64 16, !dbg !67
  %9 = bitcast [1 x i64]* %tmp to i8*, !dbg !67
  %10 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %ctx) #0, !dbg !67
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !67
  %12 = load i64, i64* %11, align 8, !dbg !67
  %13 = inttoptr i64 %12 to i8*, !dbg !67
  %14 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %8, i32 65, i8* %13) #0, !dbg !67
  %15 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !67
  %16 = icmp ugt i64 %15, 65536, !dbg !67
  %17 = select i1 %16, i64 2, i64 1, !dbg !67
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %17) #0, !dbg !67
  br label %rec.done, !dbg !67

rec.lost:                                         ; preds = %entry
  %18 = bitcast i32* %zero to i8*, !dbg !67
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !67
  %.not1 = icmp eq i8* %19, null, !dbg !67
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !67

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !66

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %19 to i64*, !dbg !67
  %21 = load i64, i64* %20, align 8, !dbg !67
  %22 = add i64 %21, 1, !dbg !67
  store i64 %22, i64* %20, align 8, !dbg !67
  br label %rec.done, !dbg !67
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "rawtp_args.tp", directory: ".")
!4 = !{!0, !5}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 6, type: !41, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 6, type: !43)
!46 = !DILocation(line: 6, scope: !40)
!47 = !DILocation(line: 6, column: 1, scope: !40)
!48 = !DILocation(line: 6, column: 29, scope: !40)
!49 = !DILocation(line: 7, column: 2, scope: !40)
!50 = distinct !DISubprogram(name: "tp1_cpuhp_enter", linkageName: "tp1_cpuhp_enter", scope: !3, file: !3, line: 9, type: !41, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !50, file: !3, line: 9, type: !43)
!53 = !DILocation(line: 9, scope: !50)
!54 = !DILocation(line: 9, column: 1, scope: !50)
!55 = !DILocation(line: 9, column: 44, scope: !50)
!56 = distinct !DISubprogram(name: "tp2_rpm_status", linkageName: "tp2_rpm_status", scope: !3, file: !3, line: 9, type: !41, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 9, type: !43)
!59 = !DILocation(line: 9, scope: !56)
!60 = !DILocation(line: 9, column: 1, scope: !56)
!61 = !DILocation(line: 9, column: 44, scope: !56)
!62 = distinct !DISubprogram(name: "tp3_fixture_unnamed", linkageName: "tp3_fixture_unnamed", scope: !3, file: !3, line: 10, type: !41, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !63)
!63 = !{!64}
!64 = !DILocalVariable(name: "ctx", arg: 1, scope: !62, file: !3, line: 10, type: !43)
!65 = !DILocation(line: 10, scope: !62)
!66 = !DILocation(line: 10, column: 1, scope: !62)
!67 = !DILocation(line: 10, column: 22, scope: !62)
