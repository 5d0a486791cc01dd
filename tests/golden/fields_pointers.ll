; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !33
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !53

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !71 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !77
  %tmp1 = alloca [6 x i64], align 8, !dbg !77
  %tmp = alloca [1 x i64], align 8, !dbg !77
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !76, metadata !DIExpression()), !dbg !77
  %zero = alloca i32, align 4, !dbg !78
  store i32 0, i32* %zero, align 4, !dbg !78
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !78
  %1 = icmp eq i64 %0, 0, !dbg !78
  br i1 %1, label %pid.match, label %pid.filter, !dbg !78

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !78

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !78
  %3 = lshr i64 %2, 32, !dbg !78
  %4 = icmp eq i64 %3, %0, !dbg !78
  br i1 %4, label %pid.match, label %return, !dbg !78

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !78
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !78
  %7 = bitcast i8* %6 to i64*, !dbg !78
  %8 = load i64, i64* %7, align 8, !dbg !78
  %9 = inttoptr i64 %8 to i8*, !dbg !78
  %10 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %5, i32 1, i8* %9) #0, !dbg !78
  %11 = icmp slt i64 %10, 0, !dbg !78
  %12 = icmp ne i64 %8, 0, !dbg !78
  %13 = and i1 %12, %11, !dbg !78
  br i1 %13, label %cold.keep, label %cold.no, !dbg !78

cold.keep:                                        ; preds = %pid.match
  %14 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !78
  %15 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !78
  %16 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !78
  %17 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !78
  store i64 %16, i64* %17, align 8, !dbg !78
  %18 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !78
  store i64 0, i64* %18, align 8, !dbg !78
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %14, i8 0, i64 48, i1 false), !dbg !78
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15, i8* nonnull %14, i64 0) #0, !dbg !78
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15) #0, !dbg !78
  %.not4 = icmp eq i8* %20, null, !dbg !78
  br i1 %.not4, label %return, label %cold.fill, !dbg !78

cold.no:                                          ; preds = %pid.match
  %21 = load i64, i64* %7, align 8, !dbg !79
  %22 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !79
  %.not = icmp eq i8* %22, null, !dbg !79
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !79

cold.fill:                                        ; preds = %cold.keep
  %23 = load i64, i64* %7, align 8, !dbg !78
  %24 = getelementptr i8, i8* %20, i64 24, !dbg !78
  %25 = bitcast i8* %24 to i64*, !dbg !78
  store i64 %23, i64* %25, align 8, !dbg !78
  br label %return, !dbg !78

rec.fill:                                         ; preds = %cold.no
  %26 = bitcast i8* %22 to i64*, !dbg !79
  store i64 1, i64* %26, align 8, !dbg !79
  %27 = getelementptr i8, i8* %22, i64 8, !dbg !79
  %28 = bitcast i8* %27 to i64*, !dbg !79
  store i64 %21, i64* %28, align 8, !dbg !79
  %29 = getelementptr i8, i8* %22, i64 16, !dbg !79
  %30 = load i64, i64* %7, align 8, !dbg !79
  %31 = inttoptr i64 %30 to i8*, !dbg !79
  %32 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %29, i32 65, i8* %31) #0, !dbg !79
  %33 = getelementptr i8, i8* %22, i64 88, !dbg !79
  %34 = load i64, i64* %7, align 8, !dbg !79
  %35 = inttoptr i64 %34 to i8*, !dbg !79
  %36 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %33, i32 9, i8* %35) #0, !dbg !79
  %37 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !79
  %38 = icmp ugt i64 %37, 65536, !dbg !79
  %39 = select i1 %38, i64 2, i64 1, !dbg !79
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %22, i64 %39) #0, !dbg !79
  br label %return, !dbg !79

rec.lost:                                         ; preds = %cold.no
  %40 = bitcast i32* %zero to i8*, !dbg !79
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %40) #0, !dbg !79
  %.not3 = icmp eq i8* %41, null, !dbg !79
  br i1 %.not3, label %return, label %stat.inc, !dbg !79

stat.inc:                                         ; preds = %rec.lost
  %42 = bitcast i8* %41 to i64*, !dbg !79
  %43 = load i64, i64* %42, align 8, !dbg !79
  %44 = add i64 %43, 1, !dbg !79
  store i64 %44, i64* %42, align 8, !dbg !79
  br label %return, !dbg !79
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !80 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !83
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !82, metadata !DIExpression()), !dbg !83
  %zero = alloca i32, align 4, !dbg !84
  store i32 0, i32* %zero, align 4, !dbg !84
  %0 = bitcast i32* %zero to i8*, !dbg !84
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !84
  %.not = icmp eq i8* %1, null, !dbg !84
  br i1 %.not, label %return, label %body, !dbg !84

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !84
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !84
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !84
  store i64 %3, i64* %4, align 8, !dbg !84
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !84
  store i64 0, i64* %5, align 8, !dbg !84
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !84
  %.not1 = icmp eq i8* %6, null, !dbg !84
  br i1 %.not1, label %return, label %cold.kept, !dbg !84

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry, %pid.filter, %body
  ret i32 0, !dbg !84

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !84
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !84
  %8 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !84
  %9 = icmp eq i64 %8, 0, !dbg !84
  br i1 %9, label %pid.match, label %pid.filter, !dbg !84

pid.filter:                                       ; preds = %cold.kept
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !84
  %11 = lshr i64 %10, 32, !dbg !84
  %12 = icmp eq i64 %11, %8, !dbg !84
  br i1 %12, label %pid.match, label %return, !dbg !84

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %13 = getelementptr i8, i8* %1, i64 24, !dbg !85
  %14 = bitcast i8* %13 to i64*, !dbg !85
  %15 = load i64, i64* %14, align 8, !dbg !85
  %16 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !85
  %.not2 = icmp eq i8* %16, null, !dbg !85
  br i1 %.not2, label %rec.lost, label %rec.fill, !dbg !85

rec.fill:                                         ; preds = %pid.match
  %17 = bitcast i8* %16 to i64*, !dbg !85
  store i64 1, i64* %17, align 8, !dbg !85
  %18 = getelementptr i8, i8* %16, i64 8, !dbg !85
  %19 = bitcast i8* %18 to i64*, !dbg !85
  store i64 %15, i64* %19, align 8, !dbg !85
  %20 = getelementptr i8, i8* %16, i64 16, !dbg !85
  %21 = load i64, i64* %14, align 8, !dbg !85
  %22 = inttoptr i64 %21 to i8*, !dbg !85
  %23 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %20, i32 65, i8* %22) #0, !dbg !85
  %24 = getelementptr i8, i8* %16, i64 88, !dbg !85
  %25 = load i64, i64* %14, align 8, !dbg !85
  %26 = inttoptr i64 %25 to i8*, !dbg !85
  %27 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %24, i32 9, i8* %26) #0, !dbg !85
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !85
  %29 = icmp ugt i64 %28, 65536, !dbg !85
  %30 = select i1 %29, i64 2, i64 1, !dbg !85
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %16, i64 %30) #0, !dbg !85
  br label %return, !dbg !85

rec.lost:                                         ; preds = %pid.match
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !85
  %.not3 = icmp eq i8* %31, null, !dbg !85
  br i1 %.not3, label %return, label %stat.inc, !dbg !85

stat.inc:                                         ; preds = %rec.lost
  %32 = bitcast i8* %31 to i64*, !dbg !85
  %33 = load i64, i64* %32, align 8, !dbg !85
  %34 = add i64 %33, 1, !dbg !85
  store i64 %34, i64* %32, align 8, !dbg !85
  br label %return, !dbg !85
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp1_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !86 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !88, metadata !DIExpression()), !dbg !89
  %zero = alloca i32, align 4, !dbg !90
  store i32 0, i32* %zero, align 4, !dbg !90
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !90
  %1 = icmp eq i64 %0, 0, !dbg !90
  br i1 %1, label %pid.match, label %pid.filter, !dbg !90

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !90

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !90
  %3 = lshr i64 %2, 32, !dbg !90
  %4 = icmp eq i64 %3, %0, !dbg !90
  br i1 %4, label %pid.match, label %return, !dbg !90

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !91
  %6 = bitcast i8* %5 to i64*, !dbg !91
  %7 = load i64, i64* %6, align 8, !dbg !91
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !91
  %.not = icmp eq i8* %8, null, !dbg !91
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !91

rec.fill:                                         ; preds = %pid.match
  %9 = bitcast i8* %8 to i64*, !dbg !91
  store i64 4294967297, i64* %9, align 8, !dbg !91
  %10 = getelementptr i8, i8* %8, i64 8, !dbg !91
  %11 = bitcast i8* %10 to i64*, !dbg !91
  store i64 %7, i64* %11, align 8, !dbg !91
  %12 = getelementptr i8, i8* %8, i64 16, !dbg !91
  %13 = getelementptr i8, i8* %ctx, i64 24, !dbg !91
  %14 = bitcast i8* %13 to i64*, !dbg !91
  %15 = load i64, i64* %14, align 8, !dbg !91
  %16 = inttoptr i64 %15 to i8*, !dbg !91
  %17 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %12, i32 65, i8* %16) #0, !dbg !91
  %18 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !91
  %19 = icmp ugt i64 %18, 65536, !dbg !91
  %20 = select i1 %19, i64 2, i64 1, !dbg !91
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %20) #0, !dbg !91
  br label %return, !dbg !91

rec.lost:                                         ; preds = %pid.match
  %21 = bitcast i32* %zero to i8*, !dbg !91
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !91
  %.not1 = icmp eq i8* %22, null, !dbg !91
  br i1 %.not1, label %return, label %stat.inc, !dbg !91

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %22 to i64*, !dbg !91
  %24 = load i64, i64* %23, align 8, !dbg !91
  %25 = add i64 %24, 1, !dbg !91
  store i64 %25, i64* %23, align 8, !dbg !91
  br label %return, !dbg !91
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !92 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !94, metadata !DIExpression()), !dbg !95
  %zero = alloca i32, align 4, !dbg !96
  store i32 0, i32* %zero, align 4, !dbg !96
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !96
  %1 = icmp eq i64 %0, 0, !dbg !96
  br i1 %1, label %pid.match, label %pid.filter, !dbg !96

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !96

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !96
  %3 = lshr i64 %2, 32, !dbg !96
  %4 = icmp eq i64 %3, %0, !dbg !96
  br i1 %4, label %pid.match, label %return, !dbg !96

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 40, !dbg !97
  %6 = bitcast i8* %5 to i64*, !dbg !97
  %7 = load i64, i64* %6, align 8, !dbg !97
  %8 = getelementptr i8, i8* %ctx, i64 56, !dbg !97
  %9 = bitcast i8* %8 to i64*, !dbg !97
  %10 = load i64, i64* %9, align 8, !dbg !97
  %11 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !97
  %.not = icmp eq i8* %11, null, !dbg !97
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !97

rec.fill:                                         ; preds = %pid.match
  %12 = bitcast i8* %11 to i64*, !dbg !97
  store i64 8589934593, i64* %12, align 8, !dbg !97
  %13 = getelementptr i8, i8* %11, i64 8, !dbg !97
  %14 = bitcast i8* %13 to i64*, !dbg !97
  store i64 %7, i64* %14, align 8, !dbg !97
  %15 = getelementptr i8, i8* %11, i64 16, !dbg !97
  %16 = bitcast i8* %15 to i64*, !dbg !97
  store i64 %10, i64* %16, align 8, !dbg !97
  %17 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !97
  %18 = icmp ugt i64 %17, 65536, !dbg !97
  %19 = select i1 %18, i64 2, i64 1, !dbg !97
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %11, i64 %19) #0, !dbg !97
  br label %return, !dbg !97

rec.lost:                                         ; preds = %pid.match
  %20 = bitcast i32* %zero to i8*, !dbg !97
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !97
  %.not1 = icmp eq i8* %21, null, !dbg !97
  br i1 %.not1, label %return, label %stat.inc, !dbg !97

stat.inc:                                         ; preds = %rec.lost
  %22 = bitcast i8* %21 to i64*, !dbg !97
  %23 = load i64, i64* %22, align 8, !dbg !97
  %24 = add i64 %23, 1, !dbg !97
  store i64 %24, i64* %22, align 8, !dbg !97
  br label %return, !dbg !97
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!69, !70}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !57, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_pointers.tp", directory: ".")
!4 = !{!0, !5, !26, !33, !53}
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
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !35, isLocal: false, isDefinition: true, align: 64)
!35 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !36)
!36 = !{!37, !38, !43, !48}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 64)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 4096, lowerBound: 0)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !44, size: 64, align: 64, offset: 128)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 2, lowerBound: 0)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !49, size: 64, align: 64, offset: 192)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 384, align: 8, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 48, lowerBound: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !56)
!56 = !{!9, !15, !20, !48}
!57 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !58)
!58 = !{!59, !64}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !60, size: 64, align: 64)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 27, lowerBound: 0)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !65, size: 64, align: 64, offset: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 262144, lowerBound: 0)
!69 = !{i32 2, !"Debug Info Version", i32 3}
!70 = !{i32 2, !"Dwarf Version", i32 4}
!71 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !72, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !75)
!72 = !DISubroutineType(types: !73)
!73 = !{!12, !74}
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !{!76}
!76 = !DILocalVariable(name: "ctx", arg: 1, scope: !71, file: !3, line: 3, type: !74)
!77 = !DILocation(line: 3, scope: !71)
!78 = !DILocation(line: 3, column: 1, scope: !71)
!79 = !DILocation(line: 4, column: 2, scope: !71)
!80 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !72, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !81)
!81 = !{!82}
!82 = !DILocalVariable(name: "ctx", arg: 1, scope: !80, file: !3, line: 3, type: !74)
!83 = !DILocation(line: 3, scope: !80)
!84 = !DILocation(line: 3, column: 1, scope: !80)
!85 = !DILocation(line: 4, column: 2, scope: !80)
!86 = distinct !DISubprogram(name: "tp1_ipi_send_cpumask", linkageName: "tp1_ipi_send_cpumask", scope: !3, file: !3, line: 6, type: !72, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !87)
!87 = !{!88}
!88 = !DILocalVariable(name: "ctx", arg: 1, scope: !86, file: !3, line: 6, type: !74)
!89 = !DILocation(line: 6, scope: !86)
!90 = !DILocation(line: 6, column: 1, scope: !86)
!91 = !DILocation(line: 7, column: 2, scope: !86)
!92 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 9, type: !72, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93)
!93 = !{!94}
!94 = !DILocalVariable(name: "ctx", arg: 1, scope: !92, file: !3, line: 9, type: !74)
!95 = !DILocation(line: 9, scope: !92)
!96 = !DILocation(line: 9, column: 1, scope: !92)
!97 = !DILocation(line: 10, column: 2, scope: !92)
