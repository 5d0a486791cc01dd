; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tp_btf/sched_switch" !dbg !47 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !53
  %tmp = alloca [1 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = load i8, i8* %ctx, align 1, !dbg !55
  %6 = zext i8 %5 to i64, !dbg !55
  %7 = icmp eq i8 %5, 0, !dbg !55
  br i1 %7, label %pred.true, label %return, !dbg !55

pred.true:                                        ; preds = %pid.match
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !56
  %9 = bitcast i8* %8 to i32*, !dbg !56
  %10 = load i32, i32* %9, align 4, !dbg !56
  %11 = bitcast [1 x i64]* %tmp to i8*, !dbg !56
  %12 = getelementptr i8, i8* %ctx, i64 8, !dbg !56
  %13 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %11, i32 8, i8* %12) #0, !dbg !56
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !56
  %15 = load i64, i64* %14, align 8, !dbg !56
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !56
  %17 = getelementptr i8, i8* %ctx, i64 16, !dbg !56
  %18 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 8, i8* %17) #0, !dbg !56
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !56
  %20 = load i64, i64* %19, align 8, !dbg !56
  %21 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !56
  %.not = icmp eq i8* %21, null, !dbg !56
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !56

rec.fill:                                         ; preds = %pred.true
  %22 = zext i32 %10 to i64, !dbg !56
  %23 = bitcast i8* %21 to i64*, !dbg !56
  store i64 1, i64* %23, align 8, !dbg !56
  %24 = getelementptr i8, i8* %21, i64 8, !dbg !56
  %25 = bitcast i8* %24 to i64*, !dbg !56
  store i64 %6, i64* %25, align 8, !dbg !56
  %26 = getelementptr i8, i8* %21, i64 16, !dbg !56
  %27 = bitcast i8* %26 to i64*, !dbg !56
  store i64 %22, i64* %27, align 8, !dbg !56
  %28 = getelementptr i8, i8* %21, i64 24, !dbg !56
  %29 = bitcast i8* %28 to i64*, !dbg !56
  store i64 %15, i64* %29, align 8, !dbg !56
  %30 = getelementptr i8, i8* %21, i64 32, !dbg !56
  %31 = bitcast i8* %30 to i64*, !dbg !56
  store i64 %20, i64* %31, align 8, !dbg !56
  %32 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %33 = icmp ugt i64 %32, 65536, !dbg !56
  %34 = select i1 %33, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %21, i64 %34) #0, !dbg !56
  br label %return, !dbg !56

rec.lost:                                         ; preds = %pred.true
  %35 = bitcast i32* %zero to i8*, !dbg !56
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !56
  %.not2 = icmp eq i8* %36, null, !dbg !56
  br i1 %.not2, label %return, label %stat.inc, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %37 = bitcast i8* %36 to i64*, !dbg !56
  %38 = load i64, i64* %37, align 8, !dbg !56
  %39 = add i64 %38, 1, !dbg !56
  store i64 %39, i64* %37, align 8, !dbg !56
  br label %return, !dbg !56
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_cpuhp_enter(i8* %ctx) #0 section "tp_btf/cpuhp_enter" !dbg !57 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !60
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !59, metadata !DIExpression()), !dbg !60
  %zero = alloca i32, align 4, !dbg !61
  store i32 0, i32* %zero, align 4, !dbg !61
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !61
  %1 = icmp eq i64 %0, 0, !dbg !61
  br i1 %1, label %pid.match, label %pid.filter, !dbg !61

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !61

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !61
  %3 = lshr i64 %2, 32, !dbg !61
  %4 = icmp eq i64 %3, %0, !dbg !61
  br i1 %4, label %pid.match, label %return, !dbg !61

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !62
  %.not = icmp eq i8* %5, null, !dbg !62
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !62

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !62
  store i64 4294967298, i64* %6, align 8, !dbg !62
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !62
  %8 = bitcast i8* %ctx to i32*, !dbg !62
  %9 = load i32, i32* %8, align 4, !dbg !62
  %10 = zext i32 %9 to i64, !dbg !62
  %11 = bitcast i8* %7 to i64*, !dbg !62
  store i64 %10, i64* %11, align 8, !dbg !62
  %12 = getelementptr i8, i8* %5, i64 16, !dbg !62
  %13 = getelementptr i8, i8* %ctx, i64 8, !dbg !62
  %14 = bitcast i8* %13 to i32*, !dbg !62
  %15 = load i32, i32* %14, align 4, !dbg !62
  %16 = sext i32 %15 to i64, !dbg !62
  %17 = bitcast i8* %12 to i64*, !dbg !62
  store i64 %16, i64* %17, align 8, !dbg !62
  %18 = getelementptr i8, i8* %5, i64 24, !dbg !62
  %19 = getelementptr i8, i8* %ctx, i64 16, !dbg !62
  %20 = bitcast i8* %19 to i32*, !dbg !62
  %21 = load i32, i32* %20, align 4, !dbg !62
  %22 = sext i32 %21 to i64, !dbg !62
  %23 = bitcast i8* %18 to i64*, !dbg !62
  store i64 %22, i64* %23, align 8, !dbg !62
  %24 = getelementptr i8, i8* %5, i64 32, !dbg !62
  %25 = bitcast [1 x i64]* %tmp to i8*, !dbg !62
  %26 = getelementptr i8, i8* %ctx, i64 24, !dbg !62
  %27 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 8, i8* %26) #0, !dbg !62
  %28 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !62
  %29 = load i64, i64* %28, align 8, !dbg !62
  %30 = bitcast i8* %24 to i64*, !dbg !62
  store i64 %29, i64* %30, align 8, !dbg !62
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !62
  %32 = icmp ugt i64 %31, 65536, !dbg !62
  %33 = select i1 %32, i64 2, i64 1, !dbg !62
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %33) #0, !dbg !62
  br label %return, !dbg !62

rec.lost:                                         ; preds = %pid.match
  %34 = bitcast i32* %zero to i8*, !dbg !62
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !62
  %.not1 = icmp eq i8* %35, null, !dbg !62
  br i1 %.not1, label %return, label %stat.inc, !dbg !62

stat.inc:                                         ; preds = %rec.lost
  %36 = bitcast i8* %35 to i64*, !dbg !62
  %37 = load i64, i64* %36, align 8, !dbg !62
  %38 = add i64 %37, 1, !dbg !62
  store i64 %38, i64* %36, align 8, !dbg !62
  br label %return, !dbg !62
}

; Function Attrs: nounwind
define i32 @tp2_rpm_status(i8* %ctx) #0 section "tp_btf/rpm_status" !dbg !63 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !66
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !65, metadata !DIExpression()), !dbg !66
  %zero = alloca i32, align 4, !dbg !67
  store i32 0, i32* %zero, align 4, !dbg !67
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !67
  %1 = icmp eq i64 %0, 0, !dbg !67
  br i1 %1, label %pid.match, label %pid.filter, !dbg !67

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !67

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !67
  %3 = lshr i64 %2, 32, !dbg !67
  %4 = icmp eq i64 %3, %0, !dbg !67
  br i1 %4, label %pid.match, label %return, !dbg !67

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !68
  %.not = icmp eq i8* %5, null, !dbg !68
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !68

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !68
  store i64 8589934594, i64* %6, align 8, !dbg !68
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !68
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !68
  %9 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 8, i8* %ctx) #0, !dbg !68
  %10 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !68
  %11 = load i64, i64* %10, align 8, !dbg !68
  %12 = bitcast i8* %7 to i64*, !dbg !68
  store i64 %11, i64* %12, align 8, !dbg !68
  %13 = getelementptr i8, i8* %5, i64 16, !dbg !68
  %14 = getelementptr i8, i8* %ctx, i64 8, !dbg !68
  %15 = bitcast i8* %14 to i32*, !dbg !68
  %16 = load i32, i32* %15, align 4, !dbg !68
  %17 = sext i32 %16 to i64, !dbg !68
  %18 = bitcast i8* %13 to i64*, !dbg !68
  store i64 %17, i64* %18, align 8, !dbg !68
  %19 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !68
  %20 = icmp ugt i64 %19, 65536, !dbg !68
  %21 = select i1 %20, i64 2, i64 1, !dbg !68
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %21) #0, !dbg !68
  br label %return, !dbg !68

rec.lost:                                         ; preds = %pid.match
  %22 = bitcast i32* %zero to i8*, !dbg !68
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %22) #0, !dbg !68
  %.not1 = icmp eq i8* %23, null, !dbg !68
  br i1 %.not1, label %return, label %stat.inc, !dbg !68

stat.inc:                                         ; preds = %rec.lost
  %24 = bitcast i8* %23 to i64*, !dbg !68
  %25 = load i64, i64* %24, align 8, !dbg !68
  %26 = add i64 %25, 1, !dbg !68
  store i64 %26, i64* %24, align 8, !dbg !68
  br label %return, !dbg !68
}

; Function Attrs: nounwind
define i32 @tp3_fixture_unnamed(i8* %ctx) #0 section "tp_btf/fixture_unnamed" !dbg !69 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !72
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !71, metadata !DIExpression()), !dbg !72
  %zero = alloca i32, align 4, !dbg !73
  store i32 0, i32* %zero, align 4, !dbg !73
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !73
  %1 = icmp eq i64 %0, 0, !dbg !73
  br i1 %1, label %pid.match, label %pid.filter, !dbg !73

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !73

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !73
  %3 = lshr i64 %2, 32, !dbg !73
  %4 = icmp eq i64 %3, %0, !dbg !73
  br i1 %4, label %pid.match, label %return, !dbg !73

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !74
  %6 = bitcast i8* %5 to i16*, !dbg !74
  %7 = load i16, i16* %6, align 2, !dbg !74
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !74
  %.not = icmp eq i8* %8, null, !dbg !74
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !74

rec.fill:                                         ; preds = %pid.match
  %9 = sext i16 %7 to i64, !dbg !74
  %10 = bitcast i8* %8 to i64*, !dbg !74
  store i64 12884901889, i64* %10, align 8, !dbg !74
  %11 = getelementptr i8, i8* %8, i64 8, !dbg !74
  %12 = bitcast i8* %11 to i64*, !dbg !74
  store i64 %9, i64* %12, align 8, !dbg !74
  %13 = getelementptr i8, i8* %8, i64 16, !dbg !74
  %14 = bitcast [1 x i64]* %tmp to i8*, !dbg !74
  %15 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %14, i32 8, i8* %ctx) #0, !dbg !74
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !74
  %17 = load i64, i64* %16, align 8, !dbg !74
  %18 = inttoptr i64 %17 to i8*, !dbg !74
  %19 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %13, i32 65, i8* %18) #0, !dbg !74
  %20 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !74
  %21 = icmp ugt i64 %20, 65536, !dbg !74
  %22 = select i1 %21, i64 2, i64 1, !dbg !74
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %22) #0, !dbg !74
  br label %return, !dbg !74

rec.lost:                                         ; preds = %pid.match
  %23 = bitcast i32* %zero to i8*, !dbg !74
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %23) #0, !dbg !74
  %.not1 = icmp eq i8* %24, null, !dbg !74
  br i1 %.not1, label %return, label %stat.inc, !dbg !74

stat.inc:                                         ; preds = %rec.lost
  %25 = bitcast i8* %24 to i64*, !dbg !74
  %26 = load i64, i64* %25, align 8, !dbg !74
  %27 = add i64 %26, 1, !dbg !74
  store i64 %27, i64* %25, align 8, !dbg !74
  br label %return, !dbg !74
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "rawtp_args.tp", directory: ".")
!4 = !{!0, !5, !26}
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
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 6, type: !48, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 6, type: !50)
!53 = !DILocation(line: 6, scope: !47)
!54 = !DILocation(line: 6, column: 1, scope: !47)
!55 = !DILocation(line: 6, column: 29, scope: !47)
!56 = !DILocation(line: 7, column: 2, scope: !47)
!57 = distinct !DISubprogram(name: "tp1_cpuhp_enter", linkageName: "tp1_cpuhp_enter", scope: !3, file: !3, line: 9, type: !48, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58)
!58 = !{!59}
!59 = !DILocalVariable(name: "ctx", arg: 1, scope: !57, file: !3, line: 9, type: !50)
!60 = !DILocation(line: 9, scope: !57)
!61 = !DILocation(line: 9, column: 1, scope: !57)
!62 = !DILocation(line: 9, column: 44, scope: !57)
!63 = distinct !DISubprogram(name: "tp2_rpm_status", linkageName: "tp2_rpm_status", scope: !3, file: !3, line: 9, type: !48, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !64)
!64 = !{!65}
!65 = !DILocalVariable(name: "ctx", arg: 1, scope: !63, file: !3, line: 9, type: !50)
!66 = !DILocation(line: 9, scope: !63)
!67 = !DILocation(line: 9, column: 1, scope: !63)
!68 = !DILocation(line: 9, column: 44, scope: !63)
!69 = distinct !DISubprogram(name: "tp3_fixture_unnamed", linkageName: "tp3_fixture_unnamed", scope: !3, file: !3, line: 10, type: !48, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !70)
!70 = !{!71}
!71 = !DILocalVariable(name: "ctx", arg: 1, scope: !69, file: !3, line: 10, type: !50)
!72 = !DILocation(line: 10, scope: !69)
!73 = !DILocation(line: 10, column: 1, scope: !69)
!74 = !DILocation(line: 10, column: 22, scope: !69)
