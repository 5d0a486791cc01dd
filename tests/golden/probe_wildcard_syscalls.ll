; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ret = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !54

; Function Attrs: nounwind
define i32 @tp0_sys_enter_open(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_open" !dbg !74 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !79, metadata !DIExpression()), !dbg !80
  %zero = alloca i32, align 4, !dbg !81
  store i32 0, i32* %zero, align 4, !dbg !81
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !82
  %.not = icmp eq i8* %0, null, !dbg !82
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !82

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !82
  store i64 1, i64* %1, align 8, !dbg !82
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !82
  %3 = getelementptr i8, i8* %ctx, i64 16, !dbg !82
  %4 = bitcast i8* %3 to i64*, !dbg !82
  %5 = load i64, i64* %4, align 8, !dbg !82
  %6 = inttoptr i64 %5 to i8*, !dbg !82
  %7 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %2, i32 65, i8* %6) #0, !dbg !82
  %8 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %9 = icmp ugt i64 %8, 65536, !dbg !82
  %10 = select i1 %9, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %10) #0, !dbg !82
  br label %rec.done, !dbg !82

rec.lost:                                         ; preds = %entry
  %11 = bitcast i32* %zero to i8*, !dbg !82
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %11) #0, !dbg !82
  %.not1 = icmp eq i8* %12, null, !dbg !82
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !82

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !81

stat.inc:                                         ; preds = %rec.lost
  %13 = bitcast i8* %12 to i64*, !dbg !82
  %14 = load i64, i64* %13, align 8, !dbg !82
  %15 = add i64 %14, 1, !dbg !82
  store i64 %15, i64* %13, align 8, !dbg !82
  br label %rec.done, !dbg !82
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !83 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !88
  %.not = icmp eq i8* %0, null, !dbg !88
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !88

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !88
  store i64 4294967297, i64* %1, align 8, !dbg !88
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !88
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !88
  %4 = bitcast i8* %3 to i64*, !dbg !88
  %5 = load i64, i64* %4, align 8, !dbg !88
  %6 = inttoptr i64 %5 to i8*, !dbg !88
  %7 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %2, i32 65, i8* %6) #0, !dbg !88
  %8 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !88
  %9 = icmp ugt i64 %8, 65536, !dbg !88
  %10 = select i1 %9, i64 2, i64 1, !dbg !88
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %10) #0, !dbg !88
  br label %rec.done, !dbg !88

rec.lost:                                         ; preds = %entry
  %11 = bitcast i32* %zero to i8*, !dbg !88
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %11) #0, !dbg !88
  %.not1 = icmp eq i8* %12, null, !dbg !88
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !88

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !87

stat.inc:                                         ; preds = %rec.lost
  %13 = bitcast i8* %12 to i64*, !dbg !88
  %14 = load i64, i64* %13, align 8, !dbg !88
  %15 = add i64 %14, 1, !dbg !88
  store i64 %15, i64* %13, align 8, !dbg !88
  br label %rec.done, !dbg !88
}

; Function Attrs: nounwind
define i32 @tp2_sys_exit_getppid(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_getppid" !dbg !89 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !92
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !91, metadata !DIExpression()), !dbg !92
  %zero = alloca i32, align 4, !dbg !93
  store i32 0, i32* %zero, align 4, !dbg !93
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !94
  %1 = bitcast i8* %0 to i64*, !dbg !94
  %2 = load i64, i64* %1, align 8, !dbg !94
  %3 = bitcast [5 x i64]* %tmp to i8*, !dbg !94
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %3, i8 0, i64 40, i1 false), !dbg !94
  %4 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 0, !dbg !94
  store i64 7597414677158654580, i64* %4, align 8, !dbg !94
  %5 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 1, !dbg !94
  store i64 7017579609834812526, i64* %5, align 8, !dbg !94
  %6 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 2, !dbg !94
  store i64 6877974591733722220, i64* %6, align 8, !dbg !94
  %7 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 3, !dbg !94
  store i64 8387223540720040037, i64* %7, align 8, !dbg !94
  %8 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 4, !dbg !94
  %9 = bitcast i64* %8 to i8*, !dbg !94
  store i8 112, i8* %9, align 8, !dbg !94
  %10 = getelementptr inbounds i8, i8* %3, i64 33, !dbg !94
  store i8 112, i8* %10, align 1, !dbg !94
  %11 = getelementptr inbounds i8, i8* %3, i64 34, !dbg !94
  store i8 105, i8* %11, align 2, !dbg !94
  %12 = getelementptr inbounds i8, i8* %3, i64 35, !dbg !94
  store i8 100, i8* %12, align 1, !dbg !94
  %13 = getelementptr inbounds i8, i8* %3, i64 36, !dbg !94
  store i8 0, i8* %13, align 4, !dbg !94
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !94
  %.not = icmp eq i8* %14, null, !dbg !94
  br i1 %.not, label %agg.init, label %agg.have, !dbg !94

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  ret i32 0, !dbg !93

agg.have:                                         ; preds = %agg.init, %entry
  %agg = phi i8* [ %14, %entry ], [ %19, %agg.init ], !dbg !94
  %15 = bitcast i8* %agg to i64*, !dbg !94
  %16 = load i64, i64* %15, align 8, !dbg !94
  %17 = add i64 %16, %2, !dbg !94
  store i64 %17, i64* %15, align 8, !dbg !94
  br label %agg.done, !dbg !94

agg.init:                                         ; preds = %entry
  %18 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !94
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !94
  %.not1 = icmp eq i8* %19, null, !dbg !94
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !94

agg.full:                                         ; preds = %agg.init
  %20 = bitcast i32* %zero to i8*, !dbg !94
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !94
  %.not2 = icmp eq i8* %21, null, !dbg !94
  br i1 %.not2, label %agg.done, label %stat.inc, !dbg !94

stat.inc:                                         ; preds = %agg.full
  %22 = getelementptr i8, i8* %21, i64 8, !dbg !94
  %23 = bitcast i8* %22 to i64*, !dbg !94
  %24 = load i64, i64* %23, align 8, !dbg !94
  %25 = add i64 %24, 1, !dbg !94
  store i64 %25, i64* %23, align 8, !dbg !94
  br label %agg.done, !dbg !94
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp3_sys_exit_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !95 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !98
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !97, metadata !DIExpression()), !dbg !98
  %zero = alloca i32, align 4, !dbg !99
  store i32 0, i32* %zero, align 4, !dbg !99
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !100
  %1 = bitcast i8* %0 to i64*, !dbg !100
  %2 = load i64, i64* %1, align 8, !dbg !100
  %3 = bitcast [5 x i64]* %tmp to i8*, !dbg !100
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %3, i8 0, i64 40, i1 false), !dbg !100
  %4 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 0, !dbg !100
  store i64 7597414677158654580, i64* %4, align 8, !dbg !100
  %5 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 1, !dbg !100
  store i64 7017579609834812526, i64* %5, align 8, !dbg !100
  %6 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 2, !dbg !100
  store i64 6877974591733722220, i64* %6, align 8, !dbg !100
  %7 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 3, !dbg !100
  store i64 7309464650987960421, i64* %7, align 8, !dbg !100
  %8 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 4, !dbg !100
  %9 = bitcast i64* %8 to i8*, !dbg !100
  store i8 110, i8* %9, align 8, !dbg !100
  %10 = getelementptr inbounds i8, i8* %3, i64 33, !dbg !100
  store i8 97, i8* %10, align 1, !dbg !100
  %11 = getelementptr inbounds i8, i8* %3, i64 34, !dbg !100
  store i8 116, i8* %11, align 2, !dbg !100
  %12 = getelementptr inbounds i8, i8* %3, i64 35, !dbg !100
  store i8 0, i8* %12, align 1, !dbg !100
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !100
  %.not = icmp eq i8* %13, null, !dbg !100
  br i1 %.not, label %agg.init, label %agg.have, !dbg !100

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  ret i32 0, !dbg !99

agg.have:                                         ; preds = %agg.init, %entry
  %agg = phi i8* [ %13, %entry ], [ %18, %agg.init ], !dbg !100
  %14 = bitcast i8* %agg to i64*, !dbg !100
  %15 = load i64, i64* %14, align 8, !dbg !100
  %16 = add i64 %15, %2, !dbg !100
  store i64 %16, i64* %14, align 8, !dbg !100
  br label %agg.done, !dbg !100

agg.init:                                         ; preds = %entry
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !100
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !100
  %.not1 = icmp eq i8* %18, null, !dbg !100
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !100

agg.full:                                         ; preds = %agg.init
  %19 = bitcast i32* %zero to i8*, !dbg !100
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !100
  %.not2 = icmp eq i8* %20, null, !dbg !100
  br i1 %.not2, label %agg.done, label %stat.inc, !dbg !100

stat.inc:                                         ; preds = %agg.full
  %21 = getelementptr i8, i8* %20, i64 8, !dbg !100
  %22 = bitcast i8* %21 to i64*, !dbg !100
  %23 = load i64, i64* %22, align 8, !dbg !100
  %24 = add i64 %23, 1, !dbg !100
  store i64 %24, i64* %22, align 8, !dbg !100
  br label %agg.done, !dbg !100
}

; Function Attrs: nounwind
define i32 @tp4_sys_exit_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_read" !dbg !101 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !104
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !103, metadata !DIExpression()), !dbg !104
  %zero = alloca i32, align 4, !dbg !105
  store i32 0, i32* %zero, align 4, !dbg !105
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !106
  %1 = bitcast i8* %0 to i64*, !dbg !106
  %2 = load i64, i64* %1, align 8, !dbg !106
  %3 = bitcast [5 x i64]* %tmp to i8*, !dbg !106
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %3, i8 0, i64 40, i1 false), !dbg !106
  %4 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 0, !dbg !106
  store i64 7597414677158654580, i64* %4, align 8, !dbg !106
  %5 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 1, !dbg !106
  store i64 7017579609834812526, i64* %5, align 8, !dbg !106
  %6 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 2, !dbg !106
  store i64 6877974591733722220, i64* %6, align 8, !dbg !106
  %7 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 3, !dbg !106
  store i64 7018141348627314789, i64* %7, align 8, !dbg !106
  %8 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 4, !dbg !106
  %9 = bitcast i64* %8 to i8*, !dbg !106
  store i8 100, i8* %9, align 8, !dbg !106
  %10 = getelementptr inbounds i8, i8* %3, i64 33, !dbg !106
  store i8 0, i8* %10, align 1, !dbg !106
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !106
  %.not = icmp eq i8* %11, null, !dbg !106
  br i1 %.not, label %agg.init, label %agg.have, !dbg !106

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  ret i32 0, !dbg !105

agg.have:                                         ; preds = %agg.init, %entry
  %agg = phi i8* [ %11, %entry ], [ %16, %agg.init ], !dbg !106
  %12 = bitcast i8* %agg to i64*, !dbg !106
  %13 = load i64, i64* %12, align 8, !dbg !106
  %14 = add i64 %13, %2, !dbg !106
  store i64 %14, i64* %12, align 8, !dbg !106
  br label %agg.done, !dbg !106

agg.init:                                         ; preds = %entry
  %15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !106
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ret to i8*), i8* nonnull %3) #0, !dbg !106
  %.not1 = icmp eq i8* %16, null, !dbg !106
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !106

agg.full:                                         ; preds = %agg.init
  %17 = bitcast i32* %zero to i8*, !dbg !106
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !106
  %.not2 = icmp eq i8* %18, null, !dbg !106
  br i1 %.not2, label %agg.done, label %stat.inc, !dbg !106

stat.inc:                                         ; preds = %agg.full
  %19 = getelementptr i8, i8* %18, i64 8, !dbg !106
  %20 = bitcast i8* %19 to i64*, !dbg !106
  %21 = load i64, i64* %20, align 8, !dbg !106
  %22 = add i64 %21, 1, !dbg !106
  store i64 %22, i64* %20, align 8, !dbg !106
  br label %agg.done, !dbg !106
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!72, !73}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_wildcard_syscalls.tp", directory: ".")
!4 = !{!0, !5, !28, !54}
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
!29 = distinct !DIGlobalVariable(name: "m_ret", linkageName: "m_ret", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
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
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 296, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 296, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 37, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!56 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !57)
!57 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 256, align: 8, elements: !58)
!58 = !{!59}
!59 = !DISubrange(count: 32, lowerBound: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !61)
!61 = !{!62, !67}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !63, size: 64, align: 64)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !65)
!65 = !{!66}
!66 = !DISubrange(count: 27, lowerBound: 0)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !68, size: 64, align: 64, offset: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 262144, lowerBound: 0)
!72 = !{i32 2, !"Debug Info Version", i32 3}
!73 = !{i32 2, !"Dwarf Version", i32 4}
!74 = distinct !DISubprogram(name: "tp0_sys_enter_open", linkageName: "tp0_sys_enter_open", scope: !3, file: !3, line: 3, type: !75, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !78)
!75 = !DISubroutineType(types: !76)
!76 = !{!12, !77}
!77 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!78 = !{!79}
!79 = !DILocalVariable(name: "ctx", arg: 1, scope: !74, file: !3, line: 3, type: !77)
!80 = !DILocation(line: 3, scope: !74)
!81 = !DILocation(line: 3, column: 1, scope: !74)
!82 = !DILocation(line: 3, column: 39, scope: !74)
!83 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 3, type: !75, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !83, file: !3, line: 3, type: !77)
!86 = !DILocation(line: 3, scope: !83)
!87 = !DILocation(line: 3, column: 1, scope: !83)
!88 = !DILocation(line: 3, column: 39, scope: !83)
!89 = distinct !DISubprogram(name: "tp2_sys_exit_getppid", linkageName: "tp2_sys_exit_getppid", scope: !3, file: !3, line: 4, type: !75, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !90)
!90 = !{!91}
!91 = !DILocalVariable(name: "ctx", arg: 1, scope: !89, file: !3, line: 4, type: !77)
!92 = !DILocation(line: 4, scope: !89)
!93 = !DILocation(line: 4, column: 1, scope: !89)
!94 = !DILocation(line: 4, column: 34, scope: !89)
!95 = distinct !DISubprogram(name: "tp3_sys_exit_openat", linkageName: "tp3_sys_exit_openat", scope: !3, file: !3, line: 4, type: !75, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !96)
!96 = !{!97}
!97 = !DILocalVariable(name: "ctx", arg: 1, scope: !95, file: !3, line: 4, type: !77)
!98 = !DILocation(line: 4, scope: !95)
!99 = !DILocation(line: 4, column: 1, scope: !95)
!100 = !DILocation(line: 4, column: 34, scope: !95)
!101 = distinct !DISubprogram(name: "tp4_sys_exit_read", linkageName: "tp4_sys_exit_read", scope: !3, file: !3, line: 4, type: !75, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !102)
!102 = !{!103}
!103 = !DILocalVariable(name: "ctx", arg: 1, scope: !101, file: !3, line: 4, type: !77)
!104 = !DILocation(line: 4, scope: !101)
!105 = !DILocation(line: 4, column: 1, scope: !101)
!106 = !DILocation(line: 4, column: 34, scope: !101)
