; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_files = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !50
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !56

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !80 {
entry:
  %tmp4 = alloca [8 x i64], align 8, !dbg !86
  %tmp3 = alloca [1 x i64], align 8, !dbg !86
  %tmp2 = alloca [2 x i64], align 8, !dbg !86
  %tmp1 = alloca [6 x i64], align 8, !dbg !86
  %tmp = alloca [1 x i64], align 8, !dbg !86
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !87
  %1 = getelementptr i8, i8* %ctx, i64 24, !dbg !87
  %2 = bitcast i8* %1 to i64*, !dbg !87
  %3 = load i64, i64* %2, align 8, !dbg !87
  %4 = inttoptr i64 %3 to i8*, !dbg !87
  %5 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 1, i8* %4) #0, !dbg !87
  %6 = icmp slt i64 %5, 0, !dbg !87
  %7 = icmp ne i64 %3, 0, !dbg !87
  %8 = and i1 %7, %6, !dbg !87
  br i1 %8, label %cold.keep, label %cold.no, !dbg !87

return:                                           ; preds = %rec.lost8, %stat.inc10, %rec.fill7, %cold.keep
  ret i32 0, !dbg !87

cold.keep:                                        ; preds = %entry
  %9 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !87
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %9, i8 0, i64 48, i1 false), !dbg !87
  %10 = getelementptr i8, i8* %ctx, i64 8, !dbg !87
  %11 = bitcast i8* %10 to i64*, !dbg !87
  %12 = load i64, i64* %11, align 8, !dbg !87
  %13 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 1, !dbg !87
  store i64 %12, i64* %13, align 8, !dbg !87
  %14 = getelementptr i8, i8* %ctx, i64 16, !dbg !87
  %15 = bitcast i8* %14 to i64*, !dbg !87
  %16 = load i64, i64* %15, align 8, !dbg !87
  %17 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 2, !dbg !87
  store i64 %16, i64* %17, align 8, !dbg !87
  %18 = load i64, i64* %2, align 8, !dbg !87
  %19 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 3, !dbg !87
  store i64 %18, i64* %19, align 8, !dbg !87
  %20 = getelementptr i8, i8* %ctx, i64 32, !dbg !87
  %21 = bitcast i8* %20 to i64*, !dbg !87
  %22 = load i64, i64* %21, align 8, !dbg !87
  %23 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 4, !dbg !87
  store i64 %22, i64* %23, align 8, !dbg !87
  %24 = getelementptr i8, i8* %ctx, i64 40, !dbg !87
  %25 = bitcast i8* %24 to i64*, !dbg !87
  %26 = load i64, i64* %25, align 8, !dbg !87
  %27 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 5, !dbg !87
  store i64 %26, i64* %27, align 8, !dbg !87
  %28 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !87
  %29 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !87
  %30 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !87
  store i64 %29, i64* %30, align 8, !dbg !87
  %31 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !87
  store i64 0, i64* %31, align 8, !dbg !87
  %32 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %28, i8* nonnull %9, i64 0) #0, !dbg !87
  br label %return, !dbg !87

cold.no:                                          ; preds = %entry
  %33 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !88
  %34 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !88
  store i64 1, i64* %34, align 8, !dbg !88
  %35 = bitcast [8 x i64]* %tmp4 to i8*, !dbg !88
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %35, i8 0, i64 64, i1 false), !dbg !88
  %36 = load i64, i64* %2, align 8, !dbg !88
  %37 = inttoptr i64 %36 to i8*, !dbg !88
  %38 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %35, i32 64, i8* %37) #0, !dbg !88
  %39 = icmp eq i64 %38, 64, !dbg !88
  br i1 %39, label %str.full, label %str.done, !dbg !88

str.full:                                         ; preds = %cold.no
  %40 = getelementptr inbounds i8, i8* %35, i64 63, !dbg !88
  %41 = getelementptr i8, i8* %37, i64 63, !dbg !88
  %42 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %40, i32 1, i8* %41) #0, !dbg !88
  br label %str.done, !dbg !88

str.done:                                         ; preds = %str.full, %cold.no
  %43 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* nonnull %35, i8* nonnull %33, i64 0) #0, !dbg !88
  %44 = icmp slt i64 %43, 0, !dbg !88
  br i1 %44, label %map.full, label %map.stored, !dbg !88

map.full:                                         ; preds = %str.done
  %45 = bitcast i32* %zero to i8*, !dbg !88
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !88
  %.not15 = icmp eq i8* %46, null, !dbg !88
  br i1 %.not15, label %map.stored, label %stat.inc, !dbg !88

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  store i64 0, i64* %34, align 8, !dbg !89
  %47 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %33, i64 0) #0, !dbg !89
  %48 = load i64, i64* %34, align 8, !dbg !89
  %49 = icmp ugt i64 %48, 100, !dbg !89
  br i1 %49, label %if.then, label %if.done, !dbg !89

stat.inc:                                         ; preds = %map.full
  %50 = getelementptr i8, i8* %46, i64 8, !dbg !88
  %51 = bitcast i8* %50 to i64*, !dbg !88
  %52 = load i64, i64* %51, align 8, !dbg !88
  %53 = add i64 %52, 1, !dbg !88
  store i64 %53, i64* %51, align 8, !dbg !88
  br label %map.stored, !dbg !88

if.then:                                          ; preds = %map.stored
  %54 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !90
  %.not13 = icmp eq i8* %54, null, !dbg !90
  br i1 %.not13, label %rec.lost, label %rec.fill, !dbg !90

if.done:                                          ; preds = %rec.lost, %stat.inc5, %rec.fill, %map.stored
  store i64 0, i64* %34, align 8, !dbg !91
  %55 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %33, i64 0) #0, !dbg !91
  %56 = load i64, i64* %34, align 8, !dbg !91
  %57 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !91
  %.not = icmp eq i8* %57, null, !dbg !91
  br i1 %.not, label %rec.lost8, label %rec.fill7, !dbg !91

rec.fill:                                         ; preds = %if.then
  %58 = bitcast i8* %54 to i64*, !dbg !90
  store i64 5, i64* %58, align 8, !dbg !90
  %59 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !90
  %60 = icmp ugt i64 %59, 65536, !dbg !90
  %61 = select i1 %60, i64 2, i64 1, !dbg !90
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %54, i64 %61) #0, !dbg !90
  br label %if.done, !dbg !90

rec.lost:                                         ; preds = %if.then
  %62 = bitcast i32* %zero to i8*, !dbg !90
  %63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %62) #0, !dbg !90
  %.not14 = icmp eq i8* %63, null, !dbg !90
  br i1 %.not14, label %if.done, label %stat.inc5, !dbg !90

stat.inc5:                                        ; preds = %rec.lost
  %64 = bitcast i8* %63 to i64*, !dbg !90
  %65 = load i64, i64* %64, align 8, !dbg !90
  %66 = add i64 %65, 1, !dbg !90
  store i64 %66, i64* %64, align 8, !dbg !90
  br label %if.done, !dbg !90

rec.fill7:                                        ; preds = %if.done
  %67 = bitcast i8* %57 to i64*, !dbg !91
  store i64 4294967297, i64* %67, align 8, !dbg !91
  %68 = getelementptr i8, i8* %57, i64 8, !dbg !91
  %69 = bitcast i8* %68 to i64*, !dbg !91
  store i64 %56, i64* %69, align 8, !dbg !91
  %70 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !91
  %71 = icmp ugt i64 %70, 65536, !dbg !91
  %72 = select i1 %71, i64 2, i64 1, !dbg !91
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %57, i64 %72) #0, !dbg !91
  br label %return, !dbg !91

rec.lost8:                                        ; preds = %if.done
  %73 = bitcast i32* %zero to i8*, !dbg !91
  %74 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %73) #0, !dbg !91
  %.not12 = icmp eq i8* %74, null, !dbg !91
  br i1 %.not12, label %return, label %stat.inc10, !dbg !91

stat.inc10:                                       ; preds = %rec.lost8
  %75 = bitcast i8* %74 to i64*, !dbg !91
  %76 = load i64, i64* %75, align 8, !dbg !91
  %77 = add i64 %76, 1, !dbg !91
  store i64 %77, i64* %75, align 8, !dbg !91
  br label %return, !dbg !91
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal i64 @tp_len_cb(i8* %map, i8* %key, i8* %value, i8* %ctx) #3 !dbg !92 {
entry:
  %0 = bitcast i8* %ctx to i64*, !dbg !100
  %1 = load i64, i64* %0, align 8, !dbg !100
  %2 = add i64 %1, 1, !dbg !100
  store i64 %2, i64* %0, align 8, !dbg !100
  ret i64 0, !dbg !100
}

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !101 {
entry:
  %tmp3 = alloca [8 x i64], align 8, !dbg !104
  %tmp2 = alloca [1 x i64], align 8, !dbg !104
  %tmp = alloca [2 x i64], align 8, !dbg !104
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !103, metadata !DIExpression()), !dbg !104
  %zero = alloca i32, align 4, !dbg !105
  store i32 0, i32* %zero, align 4, !dbg !105
  %0 = bitcast [2 x i64]* %tmp to i8*, !dbg !105
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !105
  %2 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !105
  store i64 %1, i64* %2, align 8, !dbg !105
  %3 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !105
  store i64 0, i64* %3, align 8, !dbg !105
  %4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !105
  %.not = icmp eq i8* %4, null, !dbg !105
  br i1 %.not, label %return, label %cold.kept, !dbg !105

return:                                           ; preds = %rec.lost7, %stat.inc9, %rec.fill6, %entry
  ret i32 0, !dbg !105

cold.kept:                                        ; preds = %entry
  %tmp1.sroa.1.0..sroa_idx = getelementptr inbounds i8, i8* %4, i64 24, !dbg !105
  %tmp1.sroa.1.0..sroa_cast = bitcast i8* %tmp1.sroa.1.0..sroa_idx to i64*, !dbg !105
  %tmp1.sroa.1.0.copyload = load i64, i64* %tmp1.sroa.1.0..sroa_cast, align 1, !dbg !105
  %5 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !105
  %6 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !106
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !106
  store i64 1, i64* %7, align 8, !dbg !106
  %8 = bitcast [8 x i64]* %tmp3 to i8*, !dbg !106
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %8, i8 0, i64 64, i1 false), !dbg !106
  %9 = inttoptr i64 %tmp1.sroa.1.0.copyload to i8*, !dbg !106
  %10 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 64, i8* %9) #0, !dbg !106
  %11 = icmp eq i64 %10, 64, !dbg !106
  br i1 %11, label %str.full, label %str.done, !dbg !106

str.full:                                         ; preds = %cold.kept
  %12 = getelementptr inbounds i8, i8* %8, i64 63, !dbg !106
  %13 = getelementptr i8, i8* %9, i64 63, !dbg !106
  %14 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 1, i8* %13) #0, !dbg !106
  br label %str.done, !dbg !106

str.done:                                         ; preds = %str.full, %cold.kept
  %15 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* nonnull %8, i8* nonnull %6, i64 0) #0, !dbg !106
  %16 = icmp slt i64 %15, 0, !dbg !106
  br i1 %16, label %map.full, label %map.stored, !dbg !106

map.full:                                         ; preds = %str.done
  %17 = bitcast i32* %zero to i8*, !dbg !106
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !106
  %.not15 = icmp eq i8* %18, null, !dbg !106
  br i1 %.not15, label %map.stored, label %stat.inc, !dbg !106

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  store i64 0, i64* %7, align 8, !dbg !107
  %19 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %6, i64 0) #0, !dbg !107
  %20 = load i64, i64* %7, align 8, !dbg !107
  %21 = icmp ugt i64 %20, 100, !dbg !107
  br i1 %21, label %if.then, label %if.done, !dbg !107

stat.inc:                                         ; preds = %map.full
  %22 = getelementptr i8, i8* %18, i64 8, !dbg !106
  %23 = bitcast i8* %22 to i64*, !dbg !106
  %24 = load i64, i64* %23, align 8, !dbg !106
  %25 = add i64 %24, 1, !dbg !106
  store i64 %25, i64* %23, align 8, !dbg !106
  br label %map.stored, !dbg !106

if.then:                                          ; preds = %map.stored
  %26 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !108
  %.not13 = icmp eq i8* %26, null, !dbg !108
  br i1 %.not13, label %rec.lost, label %rec.fill, !dbg !108

if.done:                                          ; preds = %rec.lost, %stat.inc4, %rec.fill, %map.stored
  store i64 0, i64* %7, align 8, !dbg !109
  %27 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %6, i64 0) #0, !dbg !109
  %28 = load i64, i64* %7, align 8, !dbg !109
  %29 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !109
  %.not11 = icmp eq i8* %29, null, !dbg !109
  br i1 %.not11, label %rec.lost7, label %rec.fill6, !dbg !109

rec.fill:                                         ; preds = %if.then
  %30 = bitcast i8* %26 to i64*, !dbg !108
  store i64 5, i64* %30, align 8, !dbg !108
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !108
  %32 = icmp ugt i64 %31, 65536, !dbg !108
  %33 = select i1 %32, i64 2, i64 1, !dbg !108
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %26, i64 %33) #0, !dbg !108
  br label %if.done, !dbg !108

rec.lost:                                         ; preds = %if.then
  %34 = bitcast i32* %zero to i8*, !dbg !108
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !108
  %.not14 = icmp eq i8* %35, null, !dbg !108
  br i1 %.not14, label %if.done, label %stat.inc4, !dbg !108

stat.inc4:                                        ; preds = %rec.lost
  %36 = bitcast i8* %35 to i64*, !dbg !108
  %37 = load i64, i64* %36, align 8, !dbg !108
  %38 = add i64 %37, 1, !dbg !108
  store i64 %38, i64* %36, align 8, !dbg !108
  br label %if.done, !dbg !108

rec.fill6:                                        ; preds = %if.done
  %39 = bitcast i8* %29 to i64*, !dbg !109
  store i64 4294967297, i64* %39, align 8, !dbg !109
  %40 = getelementptr i8, i8* %29, i64 8, !dbg !109
  %41 = bitcast i8* %40 to i64*, !dbg !109
  store i64 %28, i64* %41, align 8, !dbg !109
  %42 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !109
  %43 = icmp ugt i64 %42, 65536, !dbg !109
  %44 = select i1 %43, i64 2, i64 1, !dbg !109
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %29, i64 %44) #0, !dbg !109
  br label %return, !dbg !109

rec.lost7:                                        ; preds = %if.done
  %45 = bitcast i32* %zero to i8*, !dbg !109
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !109
  %.not12 = icmp eq i8* %46, null, !dbg !109
  br i1 %.not12, label %return, label %stat.inc9, !dbg !109

stat.inc9:                                        ; preds = %rec.lost7
  %47 = bitcast i8* %46 to i64*, !dbg !109
  %48 = load i64, i64* %47, align 8, !dbg !109
  %49 = add i64 %48, 1, !dbg !109
  store i64 %49, i64* %47, align 8, !dbg !109
  br label %return, !dbg !109
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { noinline nounwind }
attributes #4 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!78, !79}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !66, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "len_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !50, !56}
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
!29 = distinct !DIGlobalVariable(name: "m_files", linkageName: "m_files", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 512, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !43, size: 512, align: 8)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 512, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 64, lowerBound: 0)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !52, isLocal: false, isDefinition: true, align: 64)
!52 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 192, align: 8, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 24, lowerBound: 0)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !59)
!59 = !{!32, !33, !60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 128)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !62, size: 64, align: 64, offset: 192)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 384, align: 8, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 48, lowerBound: 0)
!66 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !67)
!67 = !{!68, !73}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !69, size: 64, align: 64)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !71)
!71 = !{!72}
!72 = !DISubrange(count: 27, lowerBound: 0)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !74, size: 64, align: 64, offset: 64)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !75, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 262144, lowerBound: 0)
!78 = !{i32 2, !"Debug Info Version", i32 3}
!79 = !{i32 2, !"Dwarf Version", i32 4}
!80 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !81, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!81 = !DISubroutineType(types: !82)
!82 = !{!12, !83}
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !80, file: !3, line: 2, type: !83)
!86 = !DILocation(line: 2, scope: !80)
!87 = !DILocation(line: 2, column: 1, scope: !80)
!88 = !DILocation(line: 3, column: 2, scope: !80)
!89 = !DILocation(line: 4, column: 2, scope: !80)
!90 = !DILocation(line: 5, column: 3, scope: !80)
!91 = !DILocation(line: 7, column: 2, scope: !80)
!92 = distinct !DISubprogram(name: "tp_len_cb", linkageName: "tp_len_cb", scope: !3, file: !3, line: 1, type: !93, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!93 = !DISubroutineType(types: !94)
!94 = !{!25, !83, !83, !83, !83}
!95 = !{!96, !97, !98, !99}
!96 = !DILocalVariable(name: "map", arg: 1, scope: !92, file: !3, line: 1, type: !83)
!97 = !DILocalVariable(name: "key", arg: 2, scope: !92, file: !3, line: 1, type: !83)
!98 = !DILocalVariable(name: "value", arg: 3, scope: !92, file: !3, line: 1, type: !83)
!99 = !DILocalVariable(name: "ctx", arg: 4, scope: !92, file: !3, line: 1, type: !83)
!100 = !DILocation(line: 1, column: 1, scope: !92)
!101 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 2, type: !81, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !102)
!102 = !{!103}
!103 = !DILocalVariable(name: "ctx", arg: 1, scope: !101, file: !3, line: 2, type: !83)
!104 = !DILocation(line: 2, scope: !101)
!105 = !DILocation(line: 2, column: 1, scope: !101)
!106 = !DILocation(line: 3, column: 2, scope: !101)
!107 = !DILocation(line: 4, column: 2, scope: !101)
!108 = !DILocation(line: 5, column: 3, scope: !101)
!109 = !DILocation(line: 7, column: 2, scope: !101)
