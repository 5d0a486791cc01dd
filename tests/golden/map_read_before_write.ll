; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_fd = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_name = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !56
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !62

; Function Attrs: nounwind
define i32 @tp0_sys_exit_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !90 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !96
  %tmp = alloca [1 x i64], align 8, !dbg !96
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !95, metadata !DIExpression()), !dbg !96
  %zero = alloca i32, align 4, !dbg !97
  store i32 0, i32* %zero, align 4, !dbg !97
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !98
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !98
  %tid = and i64 %1, 4294967295, !dbg !98
  %2 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !98
  store i64 %tid, i64* %2, align 8, !dbg !98
  %3 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %0) #0, !dbg !98
  %.not = icmp eq i8* %3, null, !dbg !98
  br i1 %.not, label %map.done, label %map.read, !dbg !98

map.read:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !98
  %5 = load i64, i64* %4, align 8, !dbg !98
  br label %map.done, !dbg !98

map.done:                                         ; preds = %map.read, %entry
  %6 = phi i64 [ 0, %entry ], [ %5, %map.read ], !dbg !98
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !98
  %.not5 = icmp eq i8* %7, null, !dbg !98
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !98

rec.fill:                                         ; preds = %map.done
  %8 = bitcast i8* %7 to i64*, !dbg !98
  store i64 1, i64* %8, align 8, !dbg !98
  %9 = getelementptr i8, i8* %7, i64 8, !dbg !98
  %10 = bitcast i8* %9 to i64*, !dbg !98
  store i64 %6, i64* %10, align 8, !dbg !98
  %11 = getelementptr i8, i8* %7, i64 16, !dbg !98
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !98
  %13 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !98
  %tid2 = and i64 %13, 4294967295, !dbg !98
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !98
  store i64 %tid2, i64* %14, align 8, !dbg !98
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %12) #0, !dbg !98
  %.not7 = icmp eq i8* %15, null, !dbg !98
  br i1 %.not7, label %map.none, label %map.read3, !dbg !98

rec.lost:                                         ; preds = %map.done
  %16 = bitcast i32* %zero to i8*, !dbg !98
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !98
  %.not6 = icmp eq i8* %17, null, !dbg !98
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !98

rec.done:                                         ; preds = %rec.lost, %stat.inc, %map.done4
  ret i32 0, !dbg !97

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !98
  %19 = load i64, i64* %18, align 8, !dbg !98
  %20 = add i64 %19, 1, !dbg !98
  store i64 %20, i64* %18, align 8, !dbg !98
  br label %rec.done, !dbg !98

map.read3:                                        ; preds = %rec.fill
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %11, i8* noundef nonnull align 1 dereferenceable(64) %15, i64 64, i1 false), !dbg !98
  br label %map.done4, !dbg !98

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %11, align 1, !dbg !98
  br label %map.done4, !dbg !98

map.done4:                                        ; preds = %map.none, %map.read3
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !98
  %22 = icmp ugt i64 %21, 65536, !dbg !98
  %23 = select i1 %22, i64 2, i64 1, !dbg !98
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %23) #0, !dbg !98
  br label %rec.done, !dbg !98
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !99 {
entry:
  %tmp5 = alloca [8 x i64], align 8, !dbg !102
  %tmp4 = alloca [1 x i64], align 8, !dbg !102
  %tmp3 = alloca [1 x i64], align 8, !dbg !102
  %tmp2 = alloca [2 x i64], align 8, !dbg !102
  %tmp1 = alloca [6 x i64], align 8, !dbg !102
  %tmp = alloca [1 x i64], align 8, !dbg !102
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !101, metadata !DIExpression()), !dbg !102
  %zero = alloca i32, align 4, !dbg !103
  store i32 0, i32* %zero, align 4, !dbg !103
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !103
  %1 = getelementptr i8, i8* %ctx, i64 24, !dbg !103
  %2 = bitcast i8* %1 to i64*, !dbg !103
  %3 = load i64, i64* %2, align 8, !dbg !103
  %4 = inttoptr i64 %3 to i8*, !dbg !103
  %5 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 1, i8* %4) #0, !dbg !103
  %6 = icmp slt i64 %5, 0, !dbg !103
  %7 = icmp ne i64 %3, 0, !dbg !103
  %8 = and i1 %7, %6, !dbg !103
  br i1 %8, label %cold.keep, label %cold.no, !dbg !103

return:                                           ; preds = %map.full7, %stat.inc9, %str.done, %cold.keep
  ret i32 0, !dbg !103

cold.keep:                                        ; preds = %entry
  %9 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !103
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %9, i8 0, i64 48, i1 false), !dbg !103
  %10 = getelementptr i8, i8* %ctx, i64 8, !dbg !103
  %11 = bitcast i8* %10 to i64*, !dbg !103
  %12 = load i64, i64* %11, align 8, !dbg !103
  %13 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 1, !dbg !103
  store i64 %12, i64* %13, align 8, !dbg !103
  %14 = getelementptr i8, i8* %ctx, i64 16, !dbg !103
  %15 = bitcast i8* %14 to i64*, !dbg !103
  %16 = load i64, i64* %15, align 8, !dbg !103
  %17 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 2, !dbg !103
  store i64 %16, i64* %17, align 8, !dbg !103
  %18 = load i64, i64* %2, align 8, !dbg !103
  %19 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 3, !dbg !103
  store i64 %18, i64* %19, align 8, !dbg !103
  %20 = getelementptr i8, i8* %ctx, i64 32, !dbg !103
  %21 = bitcast i8* %20 to i64*, !dbg !103
  %22 = load i64, i64* %21, align 8, !dbg !103
  %23 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 4, !dbg !103
  store i64 %22, i64* %23, align 8, !dbg !103
  %24 = getelementptr i8, i8* %ctx, i64 40, !dbg !103
  %25 = bitcast i8* %24 to i64*, !dbg !103
  %26 = load i64, i64* %25, align 8, !dbg !103
  %27 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 5, !dbg !103
  store i64 %26, i64* %27, align 8, !dbg !103
  %28 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !103
  %29 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !103
  %30 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !103
  store i64 %29, i64* %30, align 8, !dbg !103
  %31 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !103
  store i64 1, i64* %31, align 8, !dbg !103
  %32 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %28, i8* nonnull %9, i64 0) #0, !dbg !103
  br label %return, !dbg !103

cold.no:                                          ; preds = %entry
  %33 = getelementptr i8, i8* %ctx, i64 16, !dbg !104
  %34 = bitcast i8* %33 to i32*, !dbg !104
  %35 = load i32, i32* %34, align 4, !dbg !104
  %36 = sext i32 %35 to i64, !dbg !104
  %37 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !104
  %38 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !104
  store i64 %36, i64* %38, align 8, !dbg !104
  %39 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !104
  %40 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %tid = and i64 %40, 4294967295, !dbg !104
  %41 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !104
  store i64 %tid, i64* %41, align 8, !dbg !104
  %42 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %39, i8* nonnull %37, i64 0) #0, !dbg !104
  %43 = icmp slt i64 %42, 0, !dbg !104
  br i1 %43, label %map.full, label %map.stored, !dbg !104

map.full:                                         ; preds = %cold.no
  %44 = bitcast i32* %zero to i8*, !dbg !104
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %44) #0, !dbg !104
  %.not11 = icmp eq i8* %45, null, !dbg !104
  br i1 %.not11, label %map.stored, label %stat.inc, !dbg !104

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %46 = bitcast [8 x i64]* %tmp5 to i8*, !dbg !105
  %47 = load i64, i64* %2, align 8, !dbg !105
  %48 = inttoptr i64 %47 to i8*, !dbg !105
  %49 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %46, i32 64, i8* %48) #0, !dbg !105
  %50 = icmp eq i64 %49, 64, !dbg !105
  br i1 %50, label %str.full, label %str.done, !dbg !105

stat.inc:                                         ; preds = %map.full
  %51 = getelementptr i8, i8* %45, i64 8, !dbg !104
  %52 = bitcast i8* %51 to i64*, !dbg !104
  %53 = load i64, i64* %52, align 8, !dbg !104
  %54 = add i64 %53, 1, !dbg !104
  store i64 %54, i64* %52, align 8, !dbg !104
  br label %map.stored, !dbg !104

str.full:                                         ; preds = %map.stored
  %55 = getelementptr inbounds i8, i8* %46, i64 63, !dbg !105
  %56 = getelementptr i8, i8* %48, i64 63, !dbg !105
  %57 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %55, i32 1, i8* %56) #0, !dbg !105
  br label %str.done, !dbg !105

str.done:                                         ; preds = %str.full, %map.stored
  %58 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !105
  %tid6 = and i64 %58, 4294967295, !dbg !105
  store i64 %tid6, i64* %41, align 8, !dbg !105
  %59 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %39, i8* nonnull %46, i64 0) #0, !dbg !105
  %60 = icmp slt i64 %59, 0, !dbg !105
  br i1 %60, label %map.full7, label %return, !dbg !105

map.full7:                                        ; preds = %str.done
  %61 = bitcast i32* %zero to i8*, !dbg !105
  %62 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %61) #0, !dbg !105
  %.not = icmp eq i8* %62, null, !dbg !105
  br i1 %.not, label %return, label %stat.inc9, !dbg !105

stat.inc9:                                        ; preds = %map.full7
  %63 = getelementptr i8, i8* %62, i64 16, !dbg !105
  %64 = bitcast i8* %63 to i64*, !dbg !105
  %65 = load i64, i64* %64, align 8, !dbg !105
  %66 = add i64 %65, 1, !dbg !105
  store i64 %66, i64* %64, align 8, !dbg !105
  br label %return, !dbg !105
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !106 {
entry:
  %tmp4 = alloca [8 x i64], align 8, !dbg !109
  %tmp3 = alloca [1 x i64], align 8, !dbg !109
  %tmp2 = alloca [1 x i64], align 8, !dbg !109
  %tmp = alloca [2 x i64], align 8, !dbg !109
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !108, metadata !DIExpression()), !dbg !109
  %zero = alloca i32, align 4, !dbg !110
  store i32 0, i32* %zero, align 4, !dbg !110
  %0 = bitcast [2 x i64]* %tmp to i8*, !dbg !110
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !110
  %2 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !110
  store i64 %1, i64* %2, align 8, !dbg !110
  %3 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !110
  store i64 1, i64* %3, align 8, !dbg !110
  %4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !110
  %.not = icmp eq i8* %4, null, !dbg !110
  br i1 %.not, label %return, label %cold.kept, !dbg !110

return:                                           ; preds = %map.full6, %stat.inc8, %str.done, %entry
  ret i32 0, !dbg !110

cold.kept:                                        ; preds = %entry
  %tmp1.sroa.1.0..sroa_idx = getelementptr inbounds i8, i8* %4, i64 16, !dbg !110
  %tmp1.sroa.1.0..sroa_cast = bitcast i8* %tmp1.sroa.1.0..sroa_idx to i32*, !dbg !110
  %tmp1.sroa.1.0.copyload = load i32, i32* %tmp1.sroa.1.0..sroa_cast, align 1, !dbg !110
  %tmp1.sroa.210.0..sroa_idx = getelementptr inbounds i8, i8* %4, i64 24, !dbg !110
  %tmp1.sroa.210.0..sroa_cast = bitcast i8* %tmp1.sroa.210.0..sroa_idx to i64*, !dbg !110
  %tmp1.sroa.210.0.copyload = load i64, i64* %tmp1.sroa.210.0..sroa_cast, align 1, !dbg !110
  %5 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !110
  %6 = sext i32 %tmp1.sroa.1.0.copyload to i64, !dbg !111
  %7 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !111
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !111
  store i64 %6, i64* %8, align 8, !dbg !111
  %9 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !111
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !111
  %tid = and i64 %10, 4294967295, !dbg !111
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !111
  store i64 %tid, i64* %11, align 8, !dbg !111
  %12 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %9, i8* nonnull %7, i64 0) #0, !dbg !111
  %13 = icmp slt i64 %12, 0, !dbg !111
  br i1 %13, label %map.full, label %map.stored, !dbg !111

map.full:                                         ; preds = %cold.kept
  %14 = bitcast i32* %zero to i8*, !dbg !111
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %14) #0, !dbg !111
  %.not12 = icmp eq i8* %15, null, !dbg !111
  br i1 %.not12, label %map.stored, label %stat.inc, !dbg !111

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.kept
  %16 = bitcast [8 x i64]* %tmp4 to i8*, !dbg !112
  %17 = inttoptr i64 %tmp1.sroa.210.0.copyload to i8*, !dbg !112
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 64, i8* %17) #0, !dbg !112
  %19 = icmp eq i64 %18, 64, !dbg !112
  br i1 %19, label %str.full, label %str.done, !dbg !112

stat.inc:                                         ; preds = %map.full
  %20 = getelementptr i8, i8* %15, i64 8, !dbg !111
  %21 = bitcast i8* %20 to i64*, !dbg !111
  %22 = load i64, i64* %21, align 8, !dbg !111
  %23 = add i64 %22, 1, !dbg !111
  store i64 %23, i64* %21, align 8, !dbg !111
  br label %map.stored, !dbg !111

str.full:                                         ; preds = %map.stored
  %24 = getelementptr inbounds i8, i8* %16, i64 63, !dbg !112
  %25 = getelementptr i8, i8* %17, i64 63, !dbg !112
  %26 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %24, i32 1, i8* %25) #0, !dbg !112
  br label %str.done, !dbg !112

str.done:                                         ; preds = %str.full, %map.stored
  %27 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !112
  %tid5 = and i64 %27, 4294967295, !dbg !112
  store i64 %tid5, i64* %11, align 8, !dbg !112
  %28 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %9, i8* nonnull %16, i64 0) #0, !dbg !112
  %29 = icmp slt i64 %28, 0, !dbg !112
  br i1 %29, label %map.full6, label %return, !dbg !112

map.full6:                                        ; preds = %str.done
  %30 = bitcast i32* %zero to i8*, !dbg !112
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !112
  %.not11 = icmp eq i8* %31, null, !dbg !112
  br i1 %.not11, label %return, label %stat.inc8, !dbg !112

stat.inc8:                                        ; preds = %map.full6
  %32 = getelementptr i8, i8* %31, i64 16, !dbg !112
  %33 = bitcast i8* %32 to i64*, !dbg !112
  %34 = load i64, i64* %33, align 8, !dbg !112
  %35 = add i64 %34, 1, !dbg !112
  store i64 %35, i64* %33, align 8, !dbg !112
  br label %return, !dbg !112
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!88, !89}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !76, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "map_read_before_write.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !56, !62}
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
!29 = distinct !DIGlobalVariable(name: "m_fd", linkageName: "m_fd", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !43}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !44, size: 64, align: 64, offset: 192)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_name", linkageName: "m_name", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !38, !50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 512, align: 8, elements: !54)
!53 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!54 = !{!55}
!55 = !DISubrange(count: 64, lowerBound: 0)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !59)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 192, align: 8, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 24, lowerBound: 0)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !64, isLocal: false, isDefinition: true, align: 64)
!64 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !65)
!65 = !{!32, !33, !66, !71}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 128)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 2, lowerBound: 0)
!71 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !72, size: 64, align: 64, offset: 192)
!72 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !73, size: 64, align: 64, dwarfAddressSpace: 0)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 384, align: 8, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 48, lowerBound: 0)
!76 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !77)
!77 = !{!78, !83}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !79, size: 64, align: 64)
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !80, size: 64, align: 64, dwarfAddressSpace: 0)
!80 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !81)
!81 = !{!82}
!82 = !DISubrange(count: 27, lowerBound: 0)
!83 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !84, size: 64, align: 64, offset: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !86)
!86 = !{!87}
!87 = !DISubrange(count: 262144, lowerBound: 0)
!88 = !{i32 2, !"Debug Info Version", i32 3}
!89 = !{i32 2, !"Dwarf Version", i32 4}
!90 = distinct !DISubprogram(name: "tp0_sys_exit_openat", linkageName: "tp0_sys_exit_openat", scope: !3, file: !3, line: 2, type: !91, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!91 = !DISubroutineType(types: !92)
!92 = !{!12, !93}
!93 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!94 = !{!95}
!95 = !DILocalVariable(name: "ctx", arg: 1, scope: !90, file: !3, line: 2, type: !93)
!96 = !DILocation(line: 2, scope: !90)
!97 = !DILocation(line: 2, column: 1, scope: !90)
!98 = !DILocation(line: 3, column: 2, scope: !90)
!99 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 5, type: !91, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !100)
!100 = !{!101}
!101 = !DILocalVariable(name: "ctx", arg: 1, scope: !99, file: !3, line: 5, type: !93)
!102 = !DILocation(line: 5, scope: !99)
!103 = !DILocation(line: 5, column: 1, scope: !99)
!104 = !DILocation(line: 6, column: 2, scope: !99)
!105 = !DILocation(line: 7, column: 2, scope: !99)
!106 = distinct !DISubprogram(name: "tp1_sys_enter_openat_x", linkageName: "tp1_sys_enter_openat_x", scope: !3, file: !3, line: 5, type: !91, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !107)
!107 = !{!108}
!108 = !DILocalVariable(name: "ctx", arg: 1, scope: !106, file: !3, line: 5, type: !93)
!109 = !DILocation(line: 5, scope: !106)
!110 = !DILocation(line: 5, column: 1, scope: !106)
!111 = !DILocation(line: 6, column: 2, scope: !106)
!112 = !DILocation(line: 7, column: 2, scope: !106)
