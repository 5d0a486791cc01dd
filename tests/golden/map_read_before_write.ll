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
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !76

; Function Attrs: nounwind
define i32 @tp0_sys_exit_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !94 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !100
  %tmp = alloca [1 x i64], align 8, !dbg !100
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !99, metadata !DIExpression()), !dbg !100
  %zero = alloca i32, align 4, !dbg !101
  store i32 0, i32* %zero, align 4, !dbg !101
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !102
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %tid = and i64 %1, 4294967295, !dbg !102
  %2 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !102
  store i64 %tid, i64* %2, align 8, !dbg !102
  %3 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %0) #0, !dbg !102
  %.not = icmp eq i8* %3, null, !dbg !102
  br i1 %.not, label %map.done, label %map.read, !dbg !102

map.read:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !102
  %5 = load i64, i64* %4, align 8, !dbg !102
  br label %map.done, !dbg !102

map.done:                                         ; preds = %map.read, %entry
  %6 = phi i64 [ 0, %entry ], [ %5, %map.read ], !dbg !102
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !102
  %.not5 = icmp eq i8* %7, null, !dbg !102
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !102

rec.fill:                                         ; preds = %map.done
  %8 = bitcast i8* %7 to i64*, !dbg !102
  store i64 1, i64* %8, align 8, !dbg !102
  %9 = getelementptr i8, i8* %7, i64 8, !dbg !102
  %10 = bitcast i8* %9 to i64*, !dbg !102
  store i64 %6, i64* %10, align 8, !dbg !102
  %11 = getelementptr i8, i8* %7, i64 16, !dbg !102
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !102
  %13 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %tid2 = and i64 %13, 4294967295, !dbg !102
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !102
  store i64 %tid2, i64* %14, align 8, !dbg !102
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %12) #0, !dbg !102
  %.not7 = icmp eq i8* %15, null, !dbg !102
  br i1 %.not7, label %map.none, label %map.read3, !dbg !102

rec.lost:                                         ; preds = %map.done
  %16 = bitcast i32* %zero to i8*, !dbg !102
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !102
  %.not6 = icmp eq i8* %17, null, !dbg !102
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !102

rec.done:                                         ; preds = %rec.lost, %stat.inc, %map.done4
  ret i32 0, !dbg !101

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !102
  %19 = load i64, i64* %18, align 8, !dbg !102
  %20 = add i64 %19, 1, !dbg !102
  store i64 %20, i64* %18, align 8, !dbg !102
  br label %rec.done, !dbg !102

map.read3:                                        ; preds = %rec.fill
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %11, i8* noundef nonnull align 1 dereferenceable(64) %15, i64 64, i1 false), !dbg !102
  br label %map.done4, !dbg !102

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %11, align 1, !dbg !102
  br label %map.done4, !dbg !102

map.done4:                                        ; preds = %map.none, %map.read3
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !102
  %22 = icmp ugt i64 %21, 65536, !dbg !102
  %23 = select i1 %22, i64 2, i64 1, !dbg !102
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %23) #0, !dbg !102
  br label %rec.done, !dbg !102
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !103 {
entry:
  %tmp5 = alloca [8 x i64], align 8, !dbg !106
  %tmp4 = alloca [1 x i64], align 8, !dbg !106
  %tmp3 = alloca [1 x i64], align 8, !dbg !106
  %tmp2 = alloca [2 x i64], align 8, !dbg !106
  %tmp1 = alloca [6 x i64], align 8, !dbg !106
  %tmp = alloca [1 x i64], align 8, !dbg !106
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !105, metadata !DIExpression()), !dbg !106
  %zero = alloca i32, align 4, !dbg !107
  store i32 0, i32* %zero, align 4, !dbg !107
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !107
  %1 = getelementptr i8, i8* %ctx, i64 24, !dbg !107
  %2 = bitcast i8* %1 to i64*, !dbg !107
  %3 = load i64, i64* %2, align 8, !dbg !107
  %4 = inttoptr i64 %3 to i8*, !dbg !107
  %5 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 1, i8* %4) #0, !dbg !107
  %6 = icmp slt i64 %5, 0, !dbg !107
  %7 = icmp ne i64 %3, 0, !dbg !107
  %8 = and i1 %7, %6, !dbg !107
  br i1 %8, label %cold.keep, label %cold.no, !dbg !107

return:                                           ; preds = %map.full7, %stat.inc9, %str.done, %cold.fill, %cold.keep
  ret i32 0, !dbg !107

cold.keep:                                        ; preds = %entry
  %9 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !107
  %10 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !107
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !107
  %12 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !107
  store i64 %11, i64* %12, align 8, !dbg !107
  %13 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !107
  store i64 1, i64* %13, align 8, !dbg !107
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %9, i8 0, i64 48, i1 false), !dbg !107
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %10, i8* nonnull %9, i64 0) #0, !dbg !107
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %10) #0, !dbg !107
  %.not12 = icmp eq i8* %15, null, !dbg !107
  br i1 %.not12, label %return, label %cold.fill, !dbg !107

cold.no:                                          ; preds = %entry
  %16 = getelementptr i8, i8* %ctx, i64 16, !dbg !108
  %17 = bitcast i8* %16 to i32*, !dbg !108
  %18 = load i32, i32* %17, align 4, !dbg !108
  %19 = sext i32 %18 to i64, !dbg !108
  %20 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !108
  %21 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !108
  store i64 %19, i64* %21, align 8, !dbg !108
  %22 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !108
  %23 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !108
  %tid = and i64 %23, 4294967295, !dbg !108
  %24 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !108
  store i64 %tid, i64* %24, align 8, !dbg !108
  %25 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !108
  %26 = icmp slt i64 %25, 0, !dbg !108
  br i1 %26, label %map.full, label %map.stored, !dbg !108

cold.fill:                                        ; preds = %cold.keep
  %27 = getelementptr i8, i8* %ctx, i64 16, !dbg !107
  %28 = bitcast i8* %27 to i64*, !dbg !107
  %29 = load i64, i64* %28, align 8, !dbg !107
  %30 = getelementptr i8, i8* %15, i64 16, !dbg !107
  %31 = bitcast i8* %30 to i64*, !dbg !107
  store i64 %29, i64* %31, align 8, !dbg !107
  %32 = load i64, i64* %2, align 8, !dbg !107
  %33 = getelementptr i8, i8* %15, i64 24, !dbg !107
  %34 = bitcast i8* %33 to i64*, !dbg !107
  store i64 %32, i64* %34, align 8, !dbg !107
  br label %return, !dbg !107

map.full:                                         ; preds = %cold.no
  %35 = bitcast i32* %zero to i8*, !dbg !108
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !108
  %.not11 = icmp eq i8* %36, null, !dbg !108
  br i1 %.not11, label %map.stored, label %stat.inc, !dbg !108

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %37 = bitcast [8 x i64]* %tmp5 to i8*, !dbg !109
  %38 = load i64, i64* %2, align 8, !dbg !109
  %39 = inttoptr i64 %38 to i8*, !dbg !109
  %40 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %37, i32 64, i8* %39) #0, !dbg !109
  %41 = icmp eq i64 %40, 64, !dbg !109
  br i1 %41, label %str.full, label %str.done, !dbg !109

stat.inc:                                         ; preds = %map.full
  %42 = getelementptr i8, i8* %36, i64 8, !dbg !108
  %43 = bitcast i8* %42 to i64*, !dbg !108
  %44 = load i64, i64* %43, align 8, !dbg !108
  %45 = add i64 %44, 1, !dbg !108
  store i64 %45, i64* %43, align 8, !dbg !108
  br label %map.stored, !dbg !108

str.full:                                         ; preds = %map.stored
  %46 = getelementptr inbounds i8, i8* %37, i64 63, !dbg !109
  %47 = getelementptr i8, i8* %39, i64 63, !dbg !109
  %48 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %46, i32 1, i8* %47) #0, !dbg !109
  br label %str.done, !dbg !109

str.done:                                         ; preds = %str.full, %map.stored
  %49 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !109
  %tid6 = and i64 %49, 4294967295, !dbg !109
  store i64 %tid6, i64* %24, align 8, !dbg !109
  %50 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %22, i8* nonnull %37, i64 0) #0, !dbg !109
  %51 = icmp slt i64 %50, 0, !dbg !109
  br i1 %51, label %map.full7, label %return, !dbg !109

map.full7:                                        ; preds = %str.done
  %52 = bitcast i32* %zero to i8*, !dbg !109
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %52) #0, !dbg !109
  %.not = icmp eq i8* %53, null, !dbg !109
  br i1 %.not, label %return, label %stat.inc9, !dbg !109

stat.inc9:                                        ; preds = %map.full7
  %54 = getelementptr i8, i8* %53, i64 16, !dbg !109
  %55 = bitcast i8* %54 to i64*, !dbg !109
  %56 = load i64, i64* %55, align 8, !dbg !109
  %57 = add i64 %56, 1, !dbg !109
  store i64 %57, i64* %55, align 8, !dbg !109
  br label %return, !dbg !109
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !110 {
entry:
  %tmp3 = alloca [8 x i64], align 8, !dbg !113
  %tmp2 = alloca [1 x i64], align 8, !dbg !113
  %tmp1 = alloca [1 x i64], align 8, !dbg !113
  %tmp = alloca [2 x i64], align 8, !dbg !113
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !112, metadata !DIExpression()), !dbg !113
  %zero = alloca i32, align 4, !dbg !114
  store i32 0, i32* %zero, align 4, !dbg !114
  %0 = bitcast i32* %zero to i8*, !dbg !114
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !114
  %.not = icmp eq i8* %1, null, !dbg !114
  br i1 %.not, label %return, label %body, !dbg !114

body:                                             ; preds = %entry
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !114
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !114
  store i64 %3, i64* %4, align 8, !dbg !114
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !114
  store i64 1, i64* %5, align 8, !dbg !114
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !114
  %.not9 = icmp eq i8* %6, null, !dbg !114
  br i1 %.not9, label %return, label %cold.kept, !dbg !114

return:                                           ; preds = %map.full5, %stat.inc7, %str.done, %entry, %body
  ret i32 0, !dbg !114

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !114
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !114
  %8 = getelementptr i8, i8* %1, i64 16, !dbg !115
  %9 = bitcast i8* %8 to i32*, !dbg !115
  %10 = load i32, i32* %9, align 4, !dbg !115
  %11 = sext i32 %10 to i64, !dbg !115
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !115
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !115
  store i64 %11, i64* %13, align 8, !dbg !115
  %14 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !115
  %15 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !115
  %tid = and i64 %15, 4294967295, !dbg !115
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !115
  store i64 %tid, i64* %16, align 8, !dbg !115
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %14, i8* nonnull %12, i64 0) #0, !dbg !115
  %18 = icmp slt i64 %17, 0, !dbg !115
  br i1 %18, label %map.full, label %map.stored, !dbg !115

map.full:                                         ; preds = %cold.kept
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !115
  %.not11 = icmp eq i8* %19, null, !dbg !115
  br i1 %.not11, label %map.stored, label %stat.inc, !dbg !115

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.kept
  %20 = bitcast [8 x i64]* %tmp3 to i8*, !dbg !116
  %21 = getelementptr i8, i8* %1, i64 24, !dbg !116
  %22 = bitcast i8* %21 to i64*, !dbg !116
  %23 = load i64, i64* %22, align 8, !dbg !116
  %24 = inttoptr i64 %23 to i8*, !dbg !116
  %25 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 64, i8* %24) #0, !dbg !116
  %26 = icmp eq i64 %25, 64, !dbg !116
  br i1 %26, label %str.full, label %str.done, !dbg !116

stat.inc:                                         ; preds = %map.full
  %27 = getelementptr i8, i8* %19, i64 8, !dbg !115
  %28 = bitcast i8* %27 to i64*, !dbg !115
  %29 = load i64, i64* %28, align 8, !dbg !115
  %30 = add i64 %29, 1, !dbg !115
  store i64 %30, i64* %28, align 8, !dbg !115
  br label %map.stored, !dbg !115

str.full:                                         ; preds = %map.stored
  %31 = getelementptr inbounds i8, i8* %20, i64 63, !dbg !116
  %32 = getelementptr i8, i8* %24, i64 63, !dbg !116
  %33 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %31, i32 1, i8* %32) #0, !dbg !116
  br label %str.done, !dbg !116

str.done:                                         ; preds = %str.full, %map.stored
  %34 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !116
  %tid4 = and i64 %34, 4294967295, !dbg !116
  store i64 %tid4, i64* %16, align 8, !dbg !116
  %35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %14, i8* nonnull %20, i64 0) #0, !dbg !116
  %36 = icmp slt i64 %35, 0, !dbg !116
  br i1 %36, label %map.full5, label %return, !dbg !116

map.full5:                                        ; preds = %str.done
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !116
  %.not10 = icmp eq i8* %37, null, !dbg !116
  br i1 %.not10, label %return, label %stat.inc7, !dbg !116

stat.inc7:                                        ; preds = %map.full5
  %38 = getelementptr i8, i8* %37, i64 16, !dbg !116
  %39 = bitcast i8* %38 to i64*, !dbg !116
  %40 = load i64, i64* %39, align 8, !dbg !116
  %41 = add i64 %40, 1, !dbg !116
  store i64 %41, i64* %39, align 8, !dbg !116
  br label %return, !dbg !116
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!92, !93}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !80, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "map_read_before_write.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !56, !62, !76}
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
!76 = !DIGlobalVariableExpression(var: !77, expr: !DIExpression())
!77 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !78, isLocal: false, isDefinition: true, align: 64)
!78 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !79)
!79 = !{!9, !15, !20, !71}
!80 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !81)
!81 = !{!82, !87}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !83, size: 64, align: 64)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 27, lowerBound: 0)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !88, size: 64, align: 64, offset: 64)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64, align: 64, dwarfAddressSpace: 0)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 262144, lowerBound: 0)
!92 = !{i32 2, !"Debug Info Version", i32 3}
!93 = !{i32 2, !"Dwarf Version", i32 4}
!94 = distinct !DISubprogram(name: "tp0_sys_exit_openat", linkageName: "tp0_sys_exit_openat", scope: !3, file: !3, line: 2, type: !95, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !98)
!95 = !DISubroutineType(types: !96)
!96 = !{!12, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !{!99}
!99 = !DILocalVariable(name: "ctx", arg: 1, scope: !94, file: !3, line: 2, type: !97)
!100 = !DILocation(line: 2, scope: !94)
!101 = !DILocation(line: 2, column: 1, scope: !94)
!102 = !DILocation(line: 3, column: 2, scope: !94)
!103 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 5, type: !95, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !104)
!104 = !{!105}
!105 = !DILocalVariable(name: "ctx", arg: 1, scope: !103, file: !3, line: 5, type: !97)
!106 = !DILocation(line: 5, scope: !103)
!107 = !DILocation(line: 5, column: 1, scope: !103)
!108 = !DILocation(line: 6, column: 2, scope: !103)
!109 = !DILocation(line: 7, column: 2, scope: !103)
!110 = distinct !DISubprogram(name: "tp1_sys_enter_openat_x", linkageName: "tp1_sys_enter_openat_x", scope: !3, file: !3, line: 5, type: !95, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !111)
!111 = !{!112}
!112 = !DILocalVariable(name: "ctx", arg: 1, scope: !110, file: !3, line: 5, type: !97)
!113 = !DILocation(line: 5, scope: !110)
!114 = !DILocation(line: 5, column: 1, scope: !110)
!115 = !DILocation(line: 6, column: 2, scope: !110)
!116 = !DILocation(line: 7, column: 2, scope: !110)
