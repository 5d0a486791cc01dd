; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_p = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@m_v = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !56
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !70
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !73
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !87

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !110 {
entry:
  %tmp5 = alloca [2 x i64], align 8, !dbg !116
  %tmp4 = alloca [3 x i64], align 8, !dbg !116
  %tmp3 = alloca [2 x i64], align 8, !dbg !116
  %tmp2 = alloca [6 x i64], align 8, !dbg !116
  %tmp1 = alloca [1 x i64], align 8, !dbg !116
  %tmp = alloca [3 x i64], align 8, !dbg !116
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !115, metadata !DIExpression()), !dbg !116
  %zero = alloca i32, align 4, !dbg !117
  store i32 0, i32* %zero, align 4, !dbg !117
  %0 = bitcast i32* %zero to i8*, !dbg !117
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !117
  %.not = icmp eq i8* %1, null, !dbg !117
  br i1 %.not, label %return, label %body, !dbg !117

body:                                             ; preds = %entry
  %2 = bitcast [3 x i64]* %tmp to i8*, !dbg !117
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %2, i8 0, i64 24, i1 false), !dbg !117
  %3 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !117
  %4 = getelementptr i8, i8* %ctx, i64 24, !dbg !117
  %5 = bitcast i8* %4 to i64*, !dbg !117
  %6 = load i64, i64* %5, align 8, !dbg !117
  %7 = inttoptr i64 %6 to i8*, !dbg !117
  %8 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %3, i32 1, i8* %7) #0, !dbg !117
  %9 = icmp slt i64 %8, 0, !dbg !117
  %10 = icmp ne i64 %6, 0, !dbg !117
  %11 = and i1 %10, %9, !dbg !117
  br i1 %11, label %cold.keep, label %cold.no, !dbg !117

return:                                           ; preds = %rec.lost, %stat.inc17, %rec.fill, %map.stored13, %entry, %cold.fill, %cold.keep
  ret i32 0, !dbg !117

cold.keep:                                        ; preds = %body
  %12 = bitcast [6 x i64]* %tmp2 to i8*, !dbg !117
  %13 = bitcast [2 x i64]* %tmp3 to i8*, !dbg !117
  %14 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !117
  %15 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 0, !dbg !117
  store i64 %14, i64* %15, align 8, !dbg !117
  %16 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 1, !dbg !117
  store i64 0, i64* %16, align 8, !dbg !117
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %12, i8 0, i64 48, i1 false), !dbg !117
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %13, i8* nonnull %12, i64 0) #0, !dbg !117
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %13) #0, !dbg !117
  %.not25 = icmp eq i8* %18, null, !dbg !117
  br i1 %.not25, label %return, label %cold.fill, !dbg !117

cold.no:                                          ; preds = %body
  %19 = load i64, i64* %5, align 8, !dbg !118
  %20 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !118
  %21 = bitcast i64* %20 to i8*, !dbg !118
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %21, i8 0, i64 16, i1 false), !dbg !118
  %22 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !118
  store i64 0, i64* %22, align 8, !dbg !118
  %23 = inttoptr i64 %19 to i8*, !dbg !118
  store i64 16, i64* %22, align 8, !dbg !118
  %24 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 16, i8* %23) #0, !dbg !118
  %25 = bitcast [3 x i64]* %tmp4 to i8*, !dbg !119
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %25, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !119
  %26 = bitcast [2 x i64]* %tmp5 to i8*, !dbg !119
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false), !dbg !119
  %27 = load i64, i64* %5, align 8, !dbg !119
  %28 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 0, !dbg !119
  store i64 0, i64* %28, align 8, !dbg !119
  %29 = inttoptr i64 %27 to i8*, !dbg !119
  store i64 4, i64* %28, align 8, !dbg !119
  %30 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 1, !dbg !119
  %31 = bitcast i64* %30 to i8*, !dbg !119
  %32 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %31, i32 4, i8* %29) #0, !dbg !119
  %33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %26, i8* nonnull %25, i64 0) #0, !dbg !119
  %34 = icmp slt i64 %33, 0, !dbg !119
  br i1 %34, label %map.full, label %map.stored, !dbg !119

cold.fill:                                        ; preds = %cold.keep
  %35 = load i64, i64* %5, align 8, !dbg !117
  %36 = getelementptr i8, i8* %18, i64 24, !dbg !117
  %37 = bitcast i8* %36 to i64*, !dbg !117
  store i64 %35, i64* %37, align 8, !dbg !117
  br label %return, !dbg !117

map.full:                                         ; preds = %cold.no
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !119
  %.not24 = icmp eq i8* %38, null, !dbg !119
  br i1 %.not24, label %map.stored, label %stat.inc, !dbg !119

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %39 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !120
  %40 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 0, !dbg !120
  store i64 %39, i64* %40, align 8, !dbg !120
  store i64 0, i64* %28, align 8, !dbg !120
  %41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %26, i8* nonnull %25, i64 0) #0, !dbg !120
  %42 = icmp slt i64 %41, 0, !dbg !120
  br i1 %42, label %map.full8, label %map.stored9, !dbg !120

stat.inc:                                         ; preds = %map.full
  %43 = getelementptr i8, i8* %38, i64 24, !dbg !119
  %44 = bitcast i8* %43 to i64*, !dbg !119
  %45 = load i64, i64* %44, align 8, !dbg !119
  %46 = add i64 %45, 1, !dbg !119
  store i64 %46, i64* %44, align 8, !dbg !119
  br label %map.stored, !dbg !119

map.full8:                                        ; preds = %map.stored
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !120
  %.not23 = icmp eq i8* %47, null, !dbg !120
  br i1 %.not23, label %map.stored9, label %stat.inc10, !dbg !120

map.stored9:                                      ; preds = %map.full8, %stat.inc10, %map.stored
  %48 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 1, !dbg !121
  %49 = bitcast i64* %48 to i8*, !dbg !121
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(5) %49, i8 0, i64 5, i1 false), !dbg !121
  store i8 108, i8* %49, align 8, !dbg !121
  %50 = getelementptr inbounds i8, i8* %25, i64 9, !dbg !121
  store i8 105, i8* %50, align 1, !dbg !121
  %51 = getelementptr inbounds i8, i8* %25, i64 10, !dbg !121
  store i8 116, i8* %51, align 2, !dbg !121
  %52 = getelementptr inbounds i8, i8* %25, i64 11, !dbg !121
  store i8 0, i8* %52, align 1, !dbg !121
  store i64 5, i64* %40, align 8, !dbg !121
  %53 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 2, !dbg !121
  %54 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !121
  store i64 %54, i64* %53, align 8, !dbg !121
  store i64 0, i64* %28, align 8, !dbg !121
  %55 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %26, i8* nonnull %25, i64 0) #0, !dbg !121
  %56 = icmp slt i64 %55, 0, !dbg !121
  br i1 %56, label %map.full12, label %map.stored13, !dbg !121

stat.inc10:                                       ; preds = %map.full8
  %57 = getelementptr i8, i8* %47, i64 16, !dbg !120
  %58 = bitcast i8* %57 to i64*, !dbg !120
  %59 = load i64, i64* %58, align 8, !dbg !120
  %60 = add i64 %59, 1, !dbg !120
  store i64 %60, i64* %58, align 8, !dbg !120
  br label %map.stored9, !dbg !120

map.full12:                                       ; preds = %map.stored9
  %61 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !121
  %.not22 = icmp eq i8* %61, null, !dbg !121
  br i1 %.not22, label %map.stored13, label %stat.inc14, !dbg !121

map.stored13:                                     ; preds = %map.full12, %stat.inc14, %map.stored9
  %62 = getelementptr i8, i8* %1, i64 24, !dbg !122
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %1, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !122
  %63 = getelementptr i8, i8* %1, i64 32, !dbg !122
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %63, i8 0, i64 16, i1 false), !dbg !122
  %64 = bitcast i8* %63 to i64*, !dbg !122
  store i64 8317981589517919535, i64* %64, align 8, !dbg !122
  %65 = getelementptr i8, i8* %1, i64 40, !dbg !122
  store i8 116, i8* %65, align 1, !dbg !122
  %66 = getelementptr i8, i8* %1, i64 41, !dbg !122
  store i8 110, i8* %66, align 1, !dbg !122
  %67 = getelementptr i8, i8* %1, i64 42, !dbg !122
  store i8 97, i8* %67, align 1, !dbg !122
  %68 = getelementptr i8, i8* %1, i64 43, !dbg !122
  store i8 109, i8* %68, align 1, !dbg !122
  %69 = getelementptr i8, i8* %1, i64 44, !dbg !122
  store i8 101, i8* %69, align 1, !dbg !122
  %70 = getelementptr i8, i8* %1, i64 45, !dbg !122
  store i8 0, i8* %70, align 1, !dbg !122
  %71 = bitcast i8* %62 to i64*, !dbg !122
  store i64 16, i64* %71, align 8, !dbg !122
  %72 = bitcast i8* %1 to i64*, !dbg !122
  %73 = load i64, i64* %72, align 8, !dbg !122
  %74 = xor i64 %73, 16, !dbg !122
  %75 = load i64, i64* %64, align 8, !dbg !122
  %76 = getelementptr i8, i8* %1, i64 8, !dbg !122
  %77 = bitcast i8* %76 to i64*, !dbg !122
  %78 = load i64, i64* %77, align 8, !dbg !122
  %79 = xor i64 %78, %75, !dbg !122
  %80 = or i64 %74, %79, !dbg !122
  %81 = bitcast i8* %65 to i64*, !dbg !122
  %82 = load i64, i64* %81, align 8, !dbg !122
  %83 = getelementptr i8, i8* %1, i64 16, !dbg !122
  %84 = bitcast i8* %83 to i64*, !dbg !122
  %85 = load i64, i64* %84, align 8, !dbg !122
  %86 = xor i64 %85, %82, !dbg !122
  %87 = or i64 %80, %86, !dbg !122
  %bufeq = icmp eq i64 %87, 0, !dbg !122
  br i1 %bufeq, label %if.then, label %return, !dbg !122

stat.inc14:                                       ; preds = %map.full12
  %88 = getelementptr i8, i8* %61, i64 8, !dbg !121
  %89 = bitcast i8* %88 to i64*, !dbg !121
  %90 = load i64, i64* %89, align 8, !dbg !121
  %91 = add i64 %90, 1, !dbg !121
  store i64 %91, i64* %89, align 8, !dbg !121
  br label %map.stored13, !dbg !121

if.then:                                          ; preds = %map.stored13
  store i64 0, i64* %40, align 8, !dbg !123
  %92 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %25) #0, !dbg !123
  %.not19 = icmp eq i8* %92, null, !dbg !123
  br i1 %.not19, label %map.done, label %map.read, !dbg !123

map.read:                                         ; preds = %if.then
  %93 = bitcast i8* %92 to i64*, !dbg !123
  %94 = load i64, i64* %93, align 8, !dbg !123
  br label %map.done, !dbg !123

map.done:                                         ; preds = %map.read, %if.then
  %95 = phi i64 [ 0, %if.then ], [ %94, %map.read ], !dbg !123
  %96 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !123
  %.not20 = icmp eq i8* %96, null, !dbg !123
  br i1 %.not20, label %rec.lost, label %rec.fill, !dbg !123

rec.fill:                                         ; preds = %map.done
  %97 = bitcast i8* %96 to i64*, !dbg !123
  store i64 1, i64* %97, align 8, !dbg !123
  %98 = getelementptr i8, i8* %96, i64 8, !dbg !123
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %98, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !123
  %99 = getelementptr i8, i8* %96, i64 32, !dbg !123
  %100 = bitcast i8* %99 to i64*, !dbg !123
  store i64 %95, i64* %100, align 8, !dbg !123
  %101 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !123
  %102 = icmp ugt i64 %101, 65536, !dbg !123
  %103 = select i1 %102, i64 2, i64 1, !dbg !123
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %96, i64 %103) #0, !dbg !123
  br label %return, !dbg !123

rec.lost:                                         ; preds = %map.done
  %104 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !123
  %.not21 = icmp eq i8* %104, null, !dbg !123
  br i1 %.not21, label %return, label %stat.inc17, !dbg !123

stat.inc17:                                       ; preds = %rec.lost
  %105 = bitcast i8* %104 to i64*, !dbg !123
  %106 = load i64, i64* %105, align 8, !dbg !123
  %107 = add i64 %106, 1, !dbg !123
  store i64 %107, i64* %105, align 8, !dbg !123
  br label %return, !dbg !123
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !124 {
entry:
  %tmp3 = alloca [2 x i64], align 8, !dbg !127
  %tmp2 = alloca [3 x i64], align 8, !dbg !127
  %tmp1 = alloca [2 x i64], align 8, !dbg !127
  %tmp = alloca [3 x i64], align 8, !dbg !127
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !126, metadata !DIExpression()), !dbg !127
  %zero = alloca i32, align 4, !dbg !128
  store i32 0, i32* %zero, align 4, !dbg !128
  %0 = bitcast i32* %zero to i8*, !dbg !128
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !128
  %.not = icmp eq i8* %1, null, !dbg !128
  br i1 %.not, label %return, label %body, !dbg !128

body:                                             ; preds = %entry
  %2 = bitcast [3 x i64]* %tmp to i8*, !dbg !128
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %2, i8 0, i64 24, i1 false), !dbg !128
  %3 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !128
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !128
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 0, !dbg !128
  store i64 %4, i64* %5, align 8, !dbg !128
  %6 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 1, !dbg !128
  store i64 0, i64* %6, align 8, !dbg !128
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %3) #0, !dbg !128
  %.not18 = icmp eq i8* %7, null, !dbg !128
  br i1 %.not18, label %return, label %cold.kept, !dbg !128

return:                                           ; preds = %rec.lost, %stat.inc16, %rec.fill, %map.stored11, %entry, %body
  ret i32 0, !dbg !128

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %7, i64 48, i1 false), !dbg !128
  %8 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %3) #0, !dbg !128
  %9 = getelementptr i8, i8* %1, i64 24, !dbg !129
  %10 = bitcast i8* %9 to i64*, !dbg !129
  %11 = load i64, i64* %10, align 8, !dbg !129
  %12 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !129
  %13 = bitcast i64* %12 to i8*, !dbg !129
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %13, i8 0, i64 16, i1 false), !dbg !129
  %14 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !129
  store i64 0, i64* %14, align 8, !dbg !129
  %15 = inttoptr i64 %11 to i8*, !dbg !129
  store i64 16, i64* %14, align 8, !dbg !129
  %16 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %13, i32 16, i8* %15) #0, !dbg !129
  %17 = bitcast [3 x i64]* %tmp2 to i8*, !dbg !130
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %17, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !130
  %18 = bitcast [2 x i64]* %tmp3 to i8*, !dbg !130
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %18, i8 0, i64 16, i1 false), !dbg !130
  %19 = load i64, i64* %10, align 8, !dbg !130
  %20 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 0, !dbg !130
  store i64 0, i64* %20, align 8, !dbg !130
  %21 = inttoptr i64 %19 to i8*, !dbg !130
  store i64 4, i64* %20, align 8, !dbg !130
  %22 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 1, !dbg !130
  %23 = bitcast i64* %22 to i8*, !dbg !130
  %24 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %23, i32 4, i8* %21) #0, !dbg !130
  %25 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %18, i8* nonnull %17, i64 0) #0, !dbg !130
  %26 = icmp slt i64 %25, 0, !dbg !130
  br i1 %26, label %map.full, label %map.stored, !dbg !130

map.full:                                         ; preds = %cold.kept
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !130
  %.not24 = icmp eq i8* %27, null, !dbg !130
  br i1 %.not24, label %map.stored, label %stat.inc, !dbg !130

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.kept
  %28 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !131
  %29 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 0, !dbg !131
  store i64 %28, i64* %29, align 8, !dbg !131
  store i64 0, i64* %20, align 8, !dbg !131
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %18, i8* nonnull %17, i64 0) #0, !dbg !131
  %31 = icmp slt i64 %30, 0, !dbg !131
  br i1 %31, label %map.full6, label %map.stored7, !dbg !131

stat.inc:                                         ; preds = %map.full
  %32 = getelementptr i8, i8* %27, i64 24, !dbg !130
  %33 = bitcast i8* %32 to i64*, !dbg !130
  %34 = load i64, i64* %33, align 8, !dbg !130
  %35 = add i64 %34, 1, !dbg !130
  store i64 %35, i64* %33, align 8, !dbg !130
  br label %map.stored, !dbg !130

map.full6:                                        ; preds = %map.stored
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !131
  %.not23 = icmp eq i8* %36, null, !dbg !131
  br i1 %.not23, label %map.stored7, label %stat.inc8, !dbg !131

map.stored7:                                      ; preds = %map.full6, %stat.inc8, %map.stored
  %37 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 1, !dbg !132
  %38 = bitcast i64* %37 to i8*, !dbg !132
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(5) %38, i8 0, i64 5, i1 false), !dbg !132
  store i8 108, i8* %38, align 8, !dbg !132
  %39 = getelementptr inbounds i8, i8* %17, i64 9, !dbg !132
  store i8 105, i8* %39, align 1, !dbg !132
  %40 = getelementptr inbounds i8, i8* %17, i64 10, !dbg !132
  store i8 116, i8* %40, align 2, !dbg !132
  %41 = getelementptr inbounds i8, i8* %17, i64 11, !dbg !132
  store i8 0, i8* %41, align 1, !dbg !132
  store i64 5, i64* %29, align 8, !dbg !132
  %42 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 2, !dbg !132
  %43 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !132
  store i64 %43, i64* %42, align 8, !dbg !132
  store i64 0, i64* %20, align 8, !dbg !132
  %44 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %18, i8* nonnull %17, i64 0) #0, !dbg !132
  %45 = icmp slt i64 %44, 0, !dbg !132
  br i1 %45, label %map.full10, label %map.stored11, !dbg !132

stat.inc8:                                        ; preds = %map.full6
  %46 = getelementptr i8, i8* %36, i64 16, !dbg !131
  %47 = bitcast i8* %46 to i64*, !dbg !131
  %48 = load i64, i64* %47, align 8, !dbg !131
  %49 = add i64 %48, 1, !dbg !131
  store i64 %49, i64* %47, align 8, !dbg !131
  br label %map.stored7, !dbg !131

map.full10:                                       ; preds = %map.stored7
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !132
  %.not22 = icmp eq i8* %50, null, !dbg !132
  br i1 %.not22, label %map.stored11, label %stat.inc12, !dbg !132

map.stored11:                                     ; preds = %map.full10, %stat.inc12, %map.stored7
  %51 = getelementptr i8, i8* %1, i64 48, !dbg !133
  %52 = getelementptr i8, i8* %1, i64 72, !dbg !133
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %51, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !133
  %53 = getelementptr i8, i8* %1, i64 80, !dbg !133
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %53, i8 0, i64 16, i1 false), !dbg !133
  %54 = bitcast i8* %53 to i64*, !dbg !133
  store i64 8317981589517919535, i64* %54, align 8, !dbg !133
  %55 = getelementptr i8, i8* %1, i64 88, !dbg !133
  store i8 116, i8* %55, align 1, !dbg !133
  %56 = getelementptr i8, i8* %1, i64 89, !dbg !133
  store i8 110, i8* %56, align 1, !dbg !133
  %57 = getelementptr i8, i8* %1, i64 90, !dbg !133
  store i8 97, i8* %57, align 1, !dbg !133
  %58 = getelementptr i8, i8* %1, i64 91, !dbg !133
  store i8 109, i8* %58, align 1, !dbg !133
  %59 = getelementptr i8, i8* %1, i64 92, !dbg !133
  store i8 101, i8* %59, align 1, !dbg !133
  %60 = getelementptr i8, i8* %1, i64 93, !dbg !133
  store i8 0, i8* %60, align 1, !dbg !133
  %61 = bitcast i8* %52 to i64*, !dbg !133
  store i64 16, i64* %61, align 8, !dbg !133
  %62 = bitcast i8* %51 to i64*, !dbg !133
  %63 = load i64, i64* %62, align 8, !dbg !133
  %64 = xor i64 %63, 16, !dbg !133
  %65 = load i64, i64* %54, align 8, !dbg !133
  %66 = getelementptr i8, i8* %1, i64 56, !dbg !133
  %67 = bitcast i8* %66 to i64*, !dbg !133
  %68 = load i64, i64* %67, align 8, !dbg !133
  %69 = xor i64 %68, %65, !dbg !133
  %70 = or i64 %64, %69, !dbg !133
  %71 = bitcast i8* %55 to i64*, !dbg !133
  %72 = load i64, i64* %71, align 8, !dbg !133
  %73 = getelementptr i8, i8* %1, i64 64, !dbg !133
  %74 = bitcast i8* %73 to i64*, !dbg !133
  %75 = load i64, i64* %74, align 8, !dbg !133
  %76 = xor i64 %75, %72, !dbg !133
  %77 = or i64 %70, %76, !dbg !133
  %bufeq = icmp eq i64 %77, 0, !dbg !133
  br i1 %bufeq, label %if.then, label %return, !dbg !133

stat.inc12:                                       ; preds = %map.full10
  %78 = getelementptr i8, i8* %50, i64 8, !dbg !132
  %79 = bitcast i8* %78 to i64*, !dbg !132
  %80 = load i64, i64* %79, align 8, !dbg !132
  %81 = add i64 %80, 1, !dbg !132
  store i64 %81, i64* %79, align 8, !dbg !132
  br label %map.stored11, !dbg !132

if.then:                                          ; preds = %map.stored11
  store i64 0, i64* %29, align 8, !dbg !134
  %82 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %17) #0, !dbg !134
  %.not19 = icmp eq i8* %82, null, !dbg !134
  br i1 %.not19, label %map.done, label %map.read, !dbg !134

map.read:                                         ; preds = %if.then
  %83 = bitcast i8* %82 to i64*, !dbg !134
  %84 = load i64, i64* %83, align 8, !dbg !134
  br label %map.done, !dbg !134

map.done:                                         ; preds = %map.read, %if.then
  %85 = phi i64 [ 0, %if.then ], [ %84, %map.read ], !dbg !134
  %86 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !134
  %.not20 = icmp eq i8* %86, null, !dbg !134
  br i1 %.not20, label %rec.lost, label %rec.fill, !dbg !134

rec.fill:                                         ; preds = %map.done
  %87 = bitcast i8* %86 to i64*, !dbg !134
  store i64 1, i64* %87, align 8, !dbg !134
  %88 = getelementptr i8, i8* %86, i64 8, !dbg !134
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %88, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !134
  %89 = getelementptr i8, i8* %86, i64 32, !dbg !134
  %90 = bitcast i8* %89 to i64*, !dbg !134
  store i64 %85, i64* %90, align 8, !dbg !134
  %91 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !134
  %92 = icmp ugt i64 %91, 65536, !dbg !134
  %93 = select i1 %92, i64 2, i64 1, !dbg !134
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %86, i64 %93) #0, !dbg !134
  br label %return, !dbg !134

rec.lost:                                         ; preds = %map.done
  %94 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !134
  %.not21 = icmp eq i8* %94, null, !dbg !134
  br i1 %.not21, label %return, label %stat.inc16, !dbg !134

stat.inc16:                                       ; preds = %rec.lost
  %95 = bitcast i8* %94 to i64*, !dbg !134
  %96 = load i64, i64* %95, align 8, !dbg !134
  %97 = add i64 %96, 1, !dbg !134
  store i64 %97, i64* %95, align 8, !dbg !134
  br label %return, !dbg !134
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!108, !109}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !96, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "buf_strftime_values.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !56, !70, !73, !87}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_p", linkageName: "m_p", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !43)
!43 = !{!44, !45}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !25, size: 104, align: 8)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 128)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !38, !50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 64, align: 8, elements: !54)
!53 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!54 = !{!55}
!55 = !DISubrange(count: 8, lowerBound: 0)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "m_v", linkageName: "m_v", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !59)
!59 = !{!32, !33, !60, !65}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !61, size: 64, align: 64, offset: 128)
!61 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !62, size: 64, align: 64, dwarfAddressSpace: 0)
!62 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !63)
!63 = !{!64}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 96, align: 8)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !66, size: 64, align: 64, offset: 192)
!66 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !67, size: 64, align: 64, dwarfAddressSpace: 0)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 192, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 24, lowerBound: 0)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !72, isLocal: false, isDefinition: true, align: 64)
!72 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !67)
!73 = !DIGlobalVariableExpression(var: !74, expr: !DIExpression())
!74 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !75, isLocal: false, isDefinition: true, align: 64)
!75 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !76)
!76 = !{!32, !33, !77, !82}
!77 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !78, size: 64, align: 64, offset: 128)
!78 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !79, size: 64, align: 64, dwarfAddressSpace: 0)
!79 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !80)
!80 = !{!81}
!81 = !DISubrange(count: 2, lowerBound: 0)
!82 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !83, size: 64, align: 64, offset: 192)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 384, align: 8, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 48, lowerBound: 0)
!87 = !DIGlobalVariableExpression(var: !88, expr: !DIExpression())
!88 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !89, isLocal: false, isDefinition: true, align: 64)
!89 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !90)
!90 = !{!9, !15, !20, !91}
!91 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !92, size: 64, align: 64, offset: 192)
!92 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !93, size: 64, align: 64, dwarfAddressSpace: 0)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 768, align: 8, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 96, lowerBound: 0)
!96 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !97)
!97 = !{!98, !103}
!98 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !99, size: 64, align: 64)
!99 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !100, size: 64, align: 64, dwarfAddressSpace: 0)
!100 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !101)
!101 = !{!102}
!102 = !DISubrange(count: 27, lowerBound: 0)
!103 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !104, size: 64, align: 64, offset: 64)
!104 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !105, size: 64, align: 64, dwarfAddressSpace: 0)
!105 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !106)
!106 = !{!107}
!107 = !DISubrange(count: 262144, lowerBound: 0)
!108 = !{i32 2, !"Debug Info Version", i32 3}
!109 = !{i32 2, !"Dwarf Version", i32 4}
!110 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 6, type: !111, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !114)
!111 = !DISubroutineType(types: !112)
!112 = !{!12, !113}
!113 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!114 = !{!115}
!115 = !DILocalVariable(name: "ctx", arg: 1, scope: !110, file: !3, line: 6, type: !113)
!116 = !DILocation(line: 6, scope: !110)
!117 = !DILocation(line: 6, column: 1, scope: !110)
!118 = !DILocation(line: 8, column: 2, scope: !110)
!119 = !DILocation(line: 9, column: 2, scope: !110)
!120 = !DILocation(line: 10, column: 2, scope: !110)
!121 = !DILocation(line: 11, column: 2, scope: !110)
!122 = !DILocation(line: 12, column: 2, scope: !110)
!123 = !DILocation(line: 13, column: 3, scope: !110)
!124 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 6, type: !111, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !125)
!125 = !{!126}
!126 = !DILocalVariable(name: "ctx", arg: 1, scope: !124, file: !3, line: 6, type: !113)
!127 = !DILocation(line: 6, scope: !124)
!128 = !DILocation(line: 6, column: 1, scope: !124)
!129 = !DILocation(line: 8, column: 2, scope: !124)
!130 = !DILocation(line: 9, column: 2, scope: !124)
!131 = !DILocation(line: 10, column: 2, scope: !124)
!132 = !DILocation(line: 11, column: 2, scope: !124)
!133 = !DILocation(line: 12, column: 2, scope: !124)
!134 = !DILocation(line: 13, column: 3, scope: !124)
