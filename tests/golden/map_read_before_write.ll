; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_fd = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_name = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !56
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
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !101
  %1 = icmp eq i64 %0, 0, !dbg !101
  br i1 %1, label %pid.match, label %pid.filter, !dbg !101

return:                                           ; preds = %rec.lost, %stat.inc, %map.done4, %pid.filter
  ret i32 0, !dbg !101

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !101
  %3 = lshr i64 %2, 32, !dbg !101
  %4 = icmp eq i64 %3, %0, !dbg !101
  br i1 %4, label %pid.match, label %return, !dbg !101

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !102
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %tid = and i64 %6, 4294967295, !dbg !102
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !102
  store i64 %tid, i64* %7, align 8, !dbg !102
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %5) #0, !dbg !102
  %.not = icmp eq i8* %8, null, !dbg !102
  br i1 %.not, label %map.done, label %map.read, !dbg !102

map.read:                                         ; preds = %pid.match
  %9 = bitcast i8* %8 to i64*, !dbg !102
  %10 = load i64, i64* %9, align 8, !dbg !102
  br label %map.done, !dbg !102

map.done:                                         ; preds = %map.read, %pid.match
  %11 = phi i64 [ 0, %pid.match ], [ %10, %map.read ], !dbg !102
  %12 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !102
  %.not5 = icmp eq i8* %12, null, !dbg !102
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !102

rec.fill:                                         ; preds = %map.done
  %13 = bitcast i8* %12 to i64*, !dbg !102
  store i64 1, i64* %13, align 8, !dbg !102
  %14 = getelementptr i8, i8* %12, i64 8, !dbg !102
  %15 = bitcast i8* %14 to i64*, !dbg !102
  store i64 %11, i64* %15, align 8, !dbg !102
  %16 = getelementptr i8, i8* %12, i64 16, !dbg !102
  %17 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !102
  %18 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %tid2 = and i64 %18, 4294967295, !dbg !102
  %19 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !102
  store i64 %tid2, i64* %19, align 8, !dbg !102
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %17) #0, !dbg !102
  %.not7 = icmp eq i8* %20, null, !dbg !102
  br i1 %.not7, label %map.none, label %map.read3, !dbg !102

rec.lost:                                         ; preds = %map.done
  %21 = bitcast i32* %zero to i8*, !dbg !102
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !102
  %.not6 = icmp eq i8* %22, null, !dbg !102
  br i1 %.not6, label %return, label %stat.inc, !dbg !102

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %22 to i64*, !dbg !102
  %24 = load i64, i64* %23, align 8, !dbg !102
  %25 = add i64 %24, 1, !dbg !102
  store i64 %25, i64* %23, align 8, !dbg !102
  br label %return, !dbg !102

map.read3:                                        ; preds = %rec.fill
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %16, i8* noundef nonnull align 1 dereferenceable(64) %20, i64 64, i1 false), !dbg !102
  br label %map.done4, !dbg !102

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %16, align 1, !dbg !102
  br label %map.done4, !dbg !102

map.done4:                                        ; preds = %map.none, %map.read3
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !102
  %27 = icmp ugt i64 %26, 65536, !dbg !102
  %28 = select i1 %27, i64 2, i64 1, !dbg !102
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %12, i64 %28) #0, !dbg !102
  br label %return, !dbg !102
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
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !107
  %1 = icmp eq i64 %0, 0, !dbg !107
  br i1 %1, label %pid.match, label %pid.filter, !dbg !107

return:                                           ; preds = %map.full7, %stat.inc9, %str.done, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !107

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !107
  %3 = lshr i64 %2, 32, !dbg !107
  %4 = icmp eq i64 %3, %0, !dbg !107
  br i1 %4, label %pid.match, label %return, !dbg !107

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !107
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !107
  %7 = bitcast i8* %6 to i64*, !dbg !107
  %8 = load i64, i64* %7, align 8, !dbg !107
  %9 = inttoptr i64 %8 to i8*, !dbg !107
  %10 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %5, i32 1, i8* %9) #0, !dbg !107
  %11 = icmp slt i64 %10, 0, !dbg !107
  %12 = icmp ne i64 %8, 0, !dbg !107
  %13 = and i1 %12, %11, !dbg !107
  br i1 %13, label %cold.keep, label %cold.no, !dbg !107

cold.keep:                                        ; preds = %pid.match
  %14 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !107
  %15 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !107
  %16 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !107
  %17 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !107
  store i64 %16, i64* %17, align 8, !dbg !107
  %18 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !107
  store i64 1, i64* %18, align 8, !dbg !107
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %14, i8 0, i64 48, i1 false), !dbg !107
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15, i8* nonnull %14, i64 0) #0, !dbg !107
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %15) #0, !dbg !107
  %.not12 = icmp eq i8* %20, null, !dbg !107
  br i1 %.not12, label %return, label %cold.fill, !dbg !107

cold.no:                                          ; preds = %pid.match
  %21 = getelementptr i8, i8* %ctx, i64 16, !dbg !108
  %22 = bitcast i8* %21 to i32*, !dbg !108
  %23 = load i32, i32* %22, align 4, !dbg !108
  %24 = sext i32 %23 to i64, !dbg !108
  %25 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !108
  %26 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !108
  store i64 %24, i64* %26, align 8, !dbg !108
  %27 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !108
  %28 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !108
  %tid = and i64 %28, 4294967295, !dbg !108
  %29 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !108
  store i64 %tid, i64* %29, align 8, !dbg !108
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !108
  %31 = icmp slt i64 %30, 0, !dbg !108
  br i1 %31, label %map.full, label %map.stored, !dbg !108

cold.fill:                                        ; preds = %cold.keep
  %32 = getelementptr i8, i8* %ctx, i64 16, !dbg !107
  %33 = bitcast i8* %32 to i64*, !dbg !107
  %34 = load i64, i64* %33, align 8, !dbg !107
  %35 = getelementptr i8, i8* %20, i64 16, !dbg !107
  %36 = bitcast i8* %35 to i64*, !dbg !107
  store i64 %34, i64* %36, align 8, !dbg !107
  %37 = load i64, i64* %7, align 8, !dbg !107
  %38 = getelementptr i8, i8* %20, i64 24, !dbg !107
  %39 = bitcast i8* %38 to i64*, !dbg !107
  store i64 %37, i64* %39, align 8, !dbg !107
  br label %return, !dbg !107

map.full:                                         ; preds = %cold.no
  %40 = bitcast i32* %zero to i8*, !dbg !108
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %40) #0, !dbg !108
  %.not11 = icmp eq i8* %41, null, !dbg !108
  br i1 %.not11, label %map.stored, label %stat.inc, !dbg !108

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %42 = bitcast [8 x i64]* %tmp5 to i8*, !dbg !109
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %42, i8 0, i64 64, i1 false), !dbg !109
  %43 = load i64, i64* %7, align 8, !dbg !109
  %44 = inttoptr i64 %43 to i8*, !dbg !109
  %45 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %42, i32 64, i8* %44) #0, !dbg !109
  %46 = icmp eq i64 %45, 64, !dbg !109
  br i1 %46, label %str.full, label %str.done, !dbg !109

stat.inc:                                         ; preds = %map.full
  %47 = getelementptr i8, i8* %41, i64 8, !dbg !108
  %48 = bitcast i8* %47 to i64*, !dbg !108
  %49 = load i64, i64* %48, align 8, !dbg !108
  %50 = add i64 %49, 1, !dbg !108
  store i64 %50, i64* %48, align 8, !dbg !108
  br label %map.stored, !dbg !108

str.full:                                         ; preds = %map.stored
  %51 = getelementptr inbounds i8, i8* %42, i64 63, !dbg !109
  %52 = getelementptr i8, i8* %44, i64 63, !dbg !109
  %53 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %51, i32 1, i8* %52) #0, !dbg !109
  br label %str.done, !dbg !109

str.done:                                         ; preds = %str.full, %map.stored
  %54 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !109
  %tid6 = and i64 %54, 4294967295, !dbg !109
  store i64 %tid6, i64* %29, align 8, !dbg !109
  %55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %27, i8* nonnull %42, i64 0) #0, !dbg !109
  %56 = icmp slt i64 %55, 0, !dbg !109
  br i1 %56, label %map.full7, label %return, !dbg !109

map.full7:                                        ; preds = %str.done
  %57 = bitcast i32* %zero to i8*, !dbg !109
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %57) #0, !dbg !109
  %.not = icmp eq i8* %58, null, !dbg !109
  br i1 %.not, label %return, label %stat.inc9, !dbg !109

stat.inc9:                                        ; preds = %map.full7
  %59 = getelementptr i8, i8* %58, i64 16, !dbg !109
  %60 = bitcast i8* %59 to i64*, !dbg !109
  %61 = load i64, i64* %60, align 8, !dbg !109
  %62 = add i64 %61, 1, !dbg !109
  store i64 %62, i64* %60, align 8, !dbg !109
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

return:                                           ; preds = %map.full5, %stat.inc7, %str.done, %entry, %pid.filter, %body
  ret i32 0, !dbg !114

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !114
  %7 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !114
  %8 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !114
  %9 = icmp eq i64 %8, 0, !dbg !114
  br i1 %9, label %pid.match, label %pid.filter, !dbg !114

pid.filter:                                       ; preds = %cold.kept
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %11 = lshr i64 %10, 32, !dbg !114
  %12 = icmp eq i64 %11, %8, !dbg !114
  br i1 %12, label %pid.match, label %return, !dbg !114

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %13 = getelementptr i8, i8* %1, i64 16, !dbg !115
  %14 = bitcast i8* %13 to i32*, !dbg !115
  %15 = load i32, i32* %14, align 4, !dbg !115
  %16 = sext i32 %15 to i64, !dbg !115
  %17 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !115
  %18 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !115
  store i64 %16, i64* %18, align 8, !dbg !115
  %19 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !115
  %20 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !115
  %tid = and i64 %20, 4294967295, !dbg !115
  %21 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !115
  store i64 %tid, i64* %21, align 8, !dbg !115
  %22 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %19, i8* nonnull %17, i64 0) #0, !dbg !115
  %23 = icmp slt i64 %22, 0, !dbg !115
  br i1 %23, label %map.full, label %map.stored, !dbg !115

map.full:                                         ; preds = %pid.match
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !115
  %.not11 = icmp eq i8* %24, null, !dbg !115
  br i1 %.not11, label %map.stored, label %stat.inc, !dbg !115

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %25 = bitcast [8 x i64]* %tmp3 to i8*, !dbg !116
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !116
  %26 = getelementptr i8, i8* %1, i64 24, !dbg !116
  %27 = bitcast i8* %26 to i64*, !dbg !116
  %28 = load i64, i64* %27, align 8, !dbg !116
  %29 = inttoptr i64 %28 to i8*, !dbg !116
  %30 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 64, i8* %29) #0, !dbg !116
  %31 = icmp eq i64 %30, 64, !dbg !116
  br i1 %31, label %str.full, label %str.done, !dbg !116

stat.inc:                                         ; preds = %map.full
  %32 = getelementptr i8, i8* %24, i64 8, !dbg !115
  %33 = bitcast i8* %32 to i64*, !dbg !115
  %34 = load i64, i64* %33, align 8, !dbg !115
  %35 = add i64 %34, 1, !dbg !115
  store i64 %35, i64* %33, align 8, !dbg !115
  br label %map.stored, !dbg !115

str.full:                                         ; preds = %map.stored
  %36 = getelementptr inbounds i8, i8* %25, i64 63, !dbg !116
  %37 = getelementptr i8, i8* %29, i64 63, !dbg !116
  %38 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %36, i32 1, i8* %37) #0, !dbg !116
  br label %str.done, !dbg !116

str.done:                                         ; preds = %str.full, %map.stored
  %39 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !116
  %tid4 = and i64 %39, 4294967295, !dbg !116
  store i64 %tid4, i64* %21, align 8, !dbg !116
  %40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %19, i8* nonnull %25, i64 0) #0, !dbg !116
  %41 = icmp slt i64 %40, 0, !dbg !116
  br i1 %41, label %map.full5, label %return, !dbg !116

map.full5:                                        ; preds = %str.done
  %42 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !116
  %.not10 = icmp eq i8* %42, null, !dbg !116
  br i1 %.not10, label %return, label %stat.inc7, !dbg !116

stat.inc7:                                        ; preds = %map.full5
  %43 = getelementptr i8, i8* %42, i64 16, !dbg !116
  %44 = bitcast i8* %43 to i64*, !dbg !116
  %45 = load i64, i64* %44, align 8, !dbg !116
  %46 = add i64 %45, 1, !dbg !116
  store i64 %46, i64* %44, align 8, !dbg !116
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
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 320, align: 8, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 40, lowerBound: 0)
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
