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
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !70
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !76
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !90

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !113 {
entry:
  %tmp5 = alloca [2 x i64], align 8, !dbg !119
  %tmp4 = alloca [3 x i64], align 8, !dbg !119
  %tmp3 = alloca [2 x i64], align 8, !dbg !119
  %tmp2 = alloca [6 x i64], align 8, !dbg !119
  %tmp1 = alloca [1 x i64], align 8, !dbg !119
  %tmp = alloca [3 x i64], align 8, !dbg !119
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !118, metadata !DIExpression()), !dbg !119
  %zero = alloca i32, align 4, !dbg !120
  store i32 0, i32* %zero, align 4, !dbg !120
  %0 = bitcast i32* %zero to i8*, !dbg !120
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !120
  %.not = icmp eq i8* %1, null, !dbg !120
  br i1 %.not, label %return, label %body, !dbg !120

body:                                             ; preds = %entry
  %2 = bitcast [3 x i64]* %tmp to i8*, !dbg !120
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %2, i8 0, i64 24, i1 false), !dbg !120
  %3 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !120
  %4 = icmp eq i64 %3, 0, !dbg !120
  br i1 %4, label %pid.match, label %pid.filter, !dbg !120

return:                                           ; preds = %rec.lost, %stat.inc17, %rec.fill, %map.stored13, %entry, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !120

pid.filter:                                       ; preds = %body
  %5 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !120
  %6 = lshr i64 %5, 32, !dbg !120
  %7 = icmp eq i64 %6, %3, !dbg !120
  br i1 %7, label %pid.match, label %return, !dbg !120

pid.match:                                        ; preds = %pid.filter, %body
  %8 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !120
  %9 = getelementptr i8, i8* %ctx, i64 24, !dbg !120
  %10 = bitcast i8* %9 to i64*, !dbg !120
  %11 = load i64, i64* %10, align 8, !dbg !120
  %12 = inttoptr i64 %11 to i8*, !dbg !120
  %13 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 1, i8* %12) #0, !dbg !120
  %14 = icmp slt i64 %13, 0, !dbg !120
  %15 = icmp ne i64 %11, 0, !dbg !120
  %16 = and i1 %15, %14, !dbg !120
  br i1 %16, label %cold.keep, label %cold.no, !dbg !120

cold.keep:                                        ; preds = %pid.match
  %17 = bitcast [6 x i64]* %tmp2 to i8*, !dbg !120
  %18 = bitcast [2 x i64]* %tmp3 to i8*, !dbg !120
  %19 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !120
  %20 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 0, !dbg !120
  store i64 %19, i64* %20, align 8, !dbg !120
  %21 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 1, !dbg !120
  store i64 0, i64* %21, align 8, !dbg !120
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %17, i8 0, i64 48, i1 false), !dbg !120
  %22 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %18, i8* nonnull %17, i64 0) #0, !dbg !120
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %18) #0, !dbg !120
  %.not25 = icmp eq i8* %23, null, !dbg !120
  br i1 %.not25, label %return, label %cold.fill, !dbg !120

cold.no:                                          ; preds = %pid.match
  %24 = load i64, i64* %10, align 8, !dbg !121
  %25 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !121
  %26 = bitcast i64* %25 to i8*, !dbg !121
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %26, i8 0, i64 16, i1 false), !dbg !121
  %27 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !121
  store i64 0, i64* %27, align 8, !dbg !121
  %28 = inttoptr i64 %24 to i8*, !dbg !121
  store i64 16, i64* %27, align 8, !dbg !121
  %29 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %26, i32 16, i8* %28) #0, !dbg !121
  %30 = bitcast [3 x i64]* %tmp4 to i8*, !dbg !122
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %30, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !122
  %31 = bitcast [2 x i64]* %tmp5 to i8*, !dbg !122
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %31, i8 0, i64 16, i1 false), !dbg !122
  %32 = load i64, i64* %10, align 8, !dbg !122
  %33 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 0, !dbg !122
  store i64 0, i64* %33, align 8, !dbg !122
  %34 = inttoptr i64 %32 to i8*, !dbg !122
  store i64 4, i64* %33, align 8, !dbg !122
  %35 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp5, i64 0, i64 1, !dbg !122
  %36 = bitcast i64* %35 to i8*, !dbg !122
  %37 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %36, i32 4, i8* %34) #0, !dbg !122
  %38 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %31, i8* nonnull %30, i64 0) #0, !dbg !122
  %39 = icmp slt i64 %38, 0, !dbg !122
  br i1 %39, label %map.full, label %map.stored, !dbg !122

cold.fill:                                        ; preds = %cold.keep
  %40 = load i64, i64* %10, align 8, !dbg !120
  %41 = getelementptr i8, i8* %23, i64 24, !dbg !120
  %42 = bitcast i8* %41 to i64*, !dbg !120
  store i64 %40, i64* %42, align 8, !dbg !120
  br label %return, !dbg !120

map.full:                                         ; preds = %cold.no
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !122
  %.not24 = icmp eq i8* %43, null, !dbg !122
  br i1 %.not24, label %map.stored, label %stat.inc, !dbg !122

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %44 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !123
  %45 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 0, !dbg !123
  store i64 %44, i64* %45, align 8, !dbg !123
  store i64 0, i64* %33, align 8, !dbg !123
  %46 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %31, i8* nonnull %30, i64 0) #0, !dbg !123
  %47 = icmp slt i64 %46, 0, !dbg !123
  br i1 %47, label %map.full8, label %map.stored9, !dbg !123

stat.inc:                                         ; preds = %map.full
  %48 = getelementptr i8, i8* %43, i64 24, !dbg !122
  %49 = bitcast i8* %48 to i64*, !dbg !122
  %50 = load i64, i64* %49, align 8, !dbg !122
  %51 = add i64 %50, 1, !dbg !122
  store i64 %51, i64* %49, align 8, !dbg !122
  br label %map.stored, !dbg !122

map.full8:                                        ; preds = %map.stored
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !123
  %.not23 = icmp eq i8* %52, null, !dbg !123
  br i1 %.not23, label %map.stored9, label %stat.inc10, !dbg !123

map.stored9:                                      ; preds = %map.full8, %stat.inc10, %map.stored
  %53 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 1, !dbg !124
  %54 = bitcast i64* %53 to i8*, !dbg !124
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(5) %54, i8 0, i64 5, i1 false), !dbg !124
  store i8 108, i8* %54, align 8, !dbg !124
  %55 = getelementptr inbounds i8, i8* %30, i64 9, !dbg !124
  store i8 105, i8* %55, align 1, !dbg !124
  %56 = getelementptr inbounds i8, i8* %30, i64 10, !dbg !124
  store i8 116, i8* %56, align 2, !dbg !124
  %57 = getelementptr inbounds i8, i8* %30, i64 11, !dbg !124
  store i8 0, i8* %57, align 1, !dbg !124
  store i64 5, i64* %45, align 8, !dbg !124
  %58 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp4, i64 0, i64 2, !dbg !124
  %59 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !124
  store i64 %59, i64* %58, align 8, !dbg !124
  store i64 0, i64* %33, align 8, !dbg !124
  %60 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %31, i8* nonnull %30, i64 0) #0, !dbg !124
  %61 = icmp slt i64 %60, 0, !dbg !124
  br i1 %61, label %map.full12, label %map.stored13, !dbg !124

stat.inc10:                                       ; preds = %map.full8
  %62 = getelementptr i8, i8* %52, i64 16, !dbg !123
  %63 = bitcast i8* %62 to i64*, !dbg !123
  %64 = load i64, i64* %63, align 8, !dbg !123
  %65 = add i64 %64, 1, !dbg !123
  store i64 %65, i64* %63, align 8, !dbg !123
  br label %map.stored9, !dbg !123

map.full12:                                       ; preds = %map.stored9
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !124
  %.not22 = icmp eq i8* %66, null, !dbg !124
  br i1 %.not22, label %map.stored13, label %stat.inc14, !dbg !124

map.stored13:                                     ; preds = %map.full12, %stat.inc14, %map.stored9
  %67 = getelementptr i8, i8* %1, i64 24, !dbg !125
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %1, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !125
  %68 = getelementptr i8, i8* %1, i64 32, !dbg !125
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %68, i8 0, i64 16, i1 false), !dbg !125
  %69 = bitcast i8* %68 to i64*, !dbg !125
  store i64 8317981589517919535, i64* %69, align 8, !dbg !125
  %70 = getelementptr i8, i8* %1, i64 40, !dbg !125
  store i8 116, i8* %70, align 1, !dbg !125
  %71 = getelementptr i8, i8* %1, i64 41, !dbg !125
  store i8 110, i8* %71, align 1, !dbg !125
  %72 = getelementptr i8, i8* %1, i64 42, !dbg !125
  store i8 97, i8* %72, align 1, !dbg !125
  %73 = getelementptr i8, i8* %1, i64 43, !dbg !125
  store i8 109, i8* %73, align 1, !dbg !125
  %74 = getelementptr i8, i8* %1, i64 44, !dbg !125
  store i8 101, i8* %74, align 1, !dbg !125
  %75 = getelementptr i8, i8* %1, i64 45, !dbg !125
  store i8 0, i8* %75, align 1, !dbg !125
  %76 = bitcast i8* %67 to i64*, !dbg !125
  store i64 16, i64* %76, align 8, !dbg !125
  %77 = bitcast i8* %1 to i64*, !dbg !125
  %78 = load i64, i64* %77, align 8, !dbg !125
  %79 = xor i64 %78, 16, !dbg !125
  %80 = load i64, i64* %69, align 8, !dbg !125
  %81 = getelementptr i8, i8* %1, i64 8, !dbg !125
  %82 = bitcast i8* %81 to i64*, !dbg !125
  %83 = load i64, i64* %82, align 8, !dbg !125
  %84 = xor i64 %83, %80, !dbg !125
  %85 = or i64 %79, %84, !dbg !125
  %86 = bitcast i8* %70 to i64*, !dbg !125
  %87 = load i64, i64* %86, align 8, !dbg !125
  %88 = getelementptr i8, i8* %1, i64 16, !dbg !125
  %89 = bitcast i8* %88 to i64*, !dbg !125
  %90 = load i64, i64* %89, align 8, !dbg !125
  %91 = xor i64 %90, %87, !dbg !125
  %92 = or i64 %85, %91, !dbg !125
  %bufeq = icmp eq i64 %92, 0, !dbg !125
  br i1 %bufeq, label %if.then, label %return, !dbg !125

stat.inc14:                                       ; preds = %map.full12
  %93 = getelementptr i8, i8* %66, i64 8, !dbg !124
  %94 = bitcast i8* %93 to i64*, !dbg !124
  %95 = load i64, i64* %94, align 8, !dbg !124
  %96 = add i64 %95, 1, !dbg !124
  store i64 %96, i64* %94, align 8, !dbg !124
  br label %map.stored13, !dbg !124

if.then:                                          ; preds = %map.stored13
  store i64 0, i64* %45, align 8, !dbg !126
  %97 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %30) #0, !dbg !126
  %.not19 = icmp eq i8* %97, null, !dbg !126
  br i1 %.not19, label %map.done, label %map.read, !dbg !126

map.read:                                         ; preds = %if.then
  %98 = bitcast i8* %97 to i64*, !dbg !126
  %99 = load i64, i64* %98, align 8, !dbg !126
  br label %map.done, !dbg !126

map.done:                                         ; preds = %map.read, %if.then
  %100 = phi i64 [ 0, %if.then ], [ %99, %map.read ], !dbg !126
  %101 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !126
  %.not20 = icmp eq i8* %101, null, !dbg !126
  br i1 %.not20, label %rec.lost, label %rec.fill, !dbg !126

rec.fill:                                         ; preds = %map.done
  %102 = bitcast i8* %101 to i64*, !dbg !126
  store i64 1, i64* %102, align 8, !dbg !126
  %103 = getelementptr i8, i8* %101, i64 8, !dbg !126
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %103, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !126
  %104 = getelementptr i8, i8* %101, i64 32, !dbg !126
  %105 = bitcast i8* %104 to i64*, !dbg !126
  store i64 %100, i64* %105, align 8, !dbg !126
  %106 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !126
  %107 = icmp ugt i64 %106, 65536, !dbg !126
  %108 = select i1 %107, i64 2, i64 1, !dbg !126
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %101, i64 %108) #0, !dbg !126
  br label %return, !dbg !126

rec.lost:                                         ; preds = %map.done
  %109 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !126
  %.not21 = icmp eq i8* %109, null, !dbg !126
  br i1 %.not21, label %return, label %stat.inc17, !dbg !126

stat.inc17:                                       ; preds = %rec.lost
  %110 = bitcast i8* %109 to i64*, !dbg !126
  %111 = load i64, i64* %110, align 8, !dbg !126
  %112 = add i64 %111, 1, !dbg !126
  store i64 %112, i64* %110, align 8, !dbg !126
  br label %return, !dbg !126
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !127 {
entry:
  %tmp3 = alloca [2 x i64], align 8, !dbg !130
  %tmp2 = alloca [3 x i64], align 8, !dbg !130
  %tmp1 = alloca [2 x i64], align 8, !dbg !130
  %tmp = alloca [3 x i64], align 8, !dbg !130
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !129, metadata !DIExpression()), !dbg !130
  %zero = alloca i32, align 4, !dbg !131
  store i32 0, i32* %zero, align 4, !dbg !131
  %0 = bitcast i32* %zero to i8*, !dbg !131
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !131
  %.not = icmp eq i8* %1, null, !dbg !131
  br i1 %.not, label %return, label %body, !dbg !131

body:                                             ; preds = %entry
  %2 = bitcast [3 x i64]* %tmp to i8*, !dbg !131
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %2, i8 0, i64 24, i1 false), !dbg !131
  %3 = bitcast [2 x i64]* %tmp1 to i8*, !dbg !131
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !131
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 0, !dbg !131
  store i64 %4, i64* %5, align 8, !dbg !131
  %6 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp1, i64 0, i64 1, !dbg !131
  store i64 0, i64* %6, align 8, !dbg !131
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %3) #0, !dbg !131
  %.not18 = icmp eq i8* %7, null, !dbg !131
  br i1 %.not18, label %return, label %cold.kept, !dbg !131

return:                                           ; preds = %rec.lost, %stat.inc16, %rec.fill, %map.stored11, %entry, %pid.filter, %body
  ret i32 0, !dbg !131

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %7, i64 48, i1 false), !dbg !131
  %8 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %3) #0, !dbg !131
  %9 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !131
  %10 = icmp eq i64 %9, 0, !dbg !131
  br i1 %10, label %pid.match, label %pid.filter, !dbg !131

pid.filter:                                       ; preds = %cold.kept
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !131
  %12 = lshr i64 %11, 32, !dbg !131
  %13 = icmp eq i64 %12, %9, !dbg !131
  br i1 %13, label %pid.match, label %return, !dbg !131

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %14 = getelementptr i8, i8* %1, i64 24, !dbg !132
  %15 = bitcast i8* %14 to i64*, !dbg !132
  %16 = load i64, i64* %15, align 8, !dbg !132
  %17 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 1, !dbg !132
  %18 = bitcast i64* %17 to i8*, !dbg !132
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %18, i8 0, i64 16, i1 false), !dbg !132
  %19 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp, i64 0, i64 0, !dbg !132
  store i64 0, i64* %19, align 8, !dbg !132
  %20 = inttoptr i64 %16 to i8*, !dbg !132
  store i64 16, i64* %19, align 8, !dbg !132
  %21 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 16, i8* %20) #0, !dbg !132
  %22 = bitcast [3 x i64]* %tmp2 to i8*, !dbg !133
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %22, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !133
  %23 = bitcast [2 x i64]* %tmp3 to i8*, !dbg !133
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %23, i8 0, i64 16, i1 false), !dbg !133
  %24 = load i64, i64* %15, align 8, !dbg !133
  %25 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 0, !dbg !133
  store i64 0, i64* %25, align 8, !dbg !133
  %26 = inttoptr i64 %24 to i8*, !dbg !133
  store i64 4, i64* %25, align 8, !dbg !133
  %27 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp3, i64 0, i64 1, !dbg !133
  %28 = bitcast i64* %27 to i8*, !dbg !133
  %29 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %28, i32 4, i8* %26) #0, !dbg !133
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %23, i8* nonnull %22, i64 0) #0, !dbg !133
  %31 = icmp slt i64 %30, 0, !dbg !133
  br i1 %31, label %map.full, label %map.stored, !dbg !133

map.full:                                         ; preds = %pid.match
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !133
  %.not24 = icmp eq i8* %32, null, !dbg !133
  br i1 %.not24, label %map.stored, label %stat.inc, !dbg !133

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %33 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !134
  %34 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 0, !dbg !134
  store i64 %33, i64* %34, align 8, !dbg !134
  store i64 0, i64* %25, align 8, !dbg !134
  %35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %23, i8* nonnull %22, i64 0) #0, !dbg !134
  %36 = icmp slt i64 %35, 0, !dbg !134
  br i1 %36, label %map.full6, label %map.stored7, !dbg !134

stat.inc:                                         ; preds = %map.full
  %37 = getelementptr i8, i8* %32, i64 24, !dbg !133
  %38 = bitcast i8* %37 to i64*, !dbg !133
  %39 = load i64, i64* %38, align 8, !dbg !133
  %40 = add i64 %39, 1, !dbg !133
  store i64 %40, i64* %38, align 8, !dbg !133
  br label %map.stored, !dbg !133

map.full6:                                        ; preds = %map.stored
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !134
  %.not23 = icmp eq i8* %41, null, !dbg !134
  br i1 %.not23, label %map.stored7, label %stat.inc8, !dbg !134

map.stored7:                                      ; preds = %map.full6, %stat.inc8, %map.stored
  %42 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 1, !dbg !135
  %43 = bitcast i64* %42 to i8*, !dbg !135
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(5) %43, i8 0, i64 5, i1 false), !dbg !135
  store i8 108, i8* %43, align 8, !dbg !135
  %44 = getelementptr inbounds i8, i8* %22, i64 9, !dbg !135
  store i8 105, i8* %44, align 1, !dbg !135
  %45 = getelementptr inbounds i8, i8* %22, i64 10, !dbg !135
  store i8 116, i8* %45, align 2, !dbg !135
  %46 = getelementptr inbounds i8, i8* %22, i64 11, !dbg !135
  store i8 0, i8* %46, align 1, !dbg !135
  store i64 5, i64* %34, align 8, !dbg !135
  %47 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 2, !dbg !135
  %48 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !135
  store i64 %48, i64* %47, align 8, !dbg !135
  store i64 0, i64* %25, align 8, !dbg !135
  %49 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_p to i8*), i8* nonnull %23, i8* nonnull %22, i64 0) #0, !dbg !135
  %50 = icmp slt i64 %49, 0, !dbg !135
  br i1 %50, label %map.full10, label %map.stored11, !dbg !135

stat.inc8:                                        ; preds = %map.full6
  %51 = getelementptr i8, i8* %41, i64 16, !dbg !134
  %52 = bitcast i8* %51 to i64*, !dbg !134
  %53 = load i64, i64* %52, align 8, !dbg !134
  %54 = add i64 %53, 1, !dbg !134
  store i64 %54, i64* %52, align 8, !dbg !134
  br label %map.stored7, !dbg !134

map.full10:                                       ; preds = %map.stored7
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !135
  %.not22 = icmp eq i8* %55, null, !dbg !135
  br i1 %.not22, label %map.stored11, label %stat.inc12, !dbg !135

map.stored11:                                     ; preds = %map.full10, %stat.inc12, %map.stored7
  %56 = getelementptr i8, i8* %1, i64 48, !dbg !136
  %57 = getelementptr i8, i8* %1, i64 72, !dbg !136
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %56, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !136
  %58 = getelementptr i8, i8* %1, i64 80, !dbg !136
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %58, i8 0, i64 16, i1 false), !dbg !136
  %59 = bitcast i8* %58 to i64*, !dbg !136
  store i64 8317981589517919535, i64* %59, align 8, !dbg !136
  %60 = getelementptr i8, i8* %1, i64 88, !dbg !136
  store i8 116, i8* %60, align 1, !dbg !136
  %61 = getelementptr i8, i8* %1, i64 89, !dbg !136
  store i8 110, i8* %61, align 1, !dbg !136
  %62 = getelementptr i8, i8* %1, i64 90, !dbg !136
  store i8 97, i8* %62, align 1, !dbg !136
  %63 = getelementptr i8, i8* %1, i64 91, !dbg !136
  store i8 109, i8* %63, align 1, !dbg !136
  %64 = getelementptr i8, i8* %1, i64 92, !dbg !136
  store i8 101, i8* %64, align 1, !dbg !136
  %65 = getelementptr i8, i8* %1, i64 93, !dbg !136
  store i8 0, i8* %65, align 1, !dbg !136
  %66 = bitcast i8* %57 to i64*, !dbg !136
  store i64 16, i64* %66, align 8, !dbg !136
  %67 = bitcast i8* %56 to i64*, !dbg !136
  %68 = load i64, i64* %67, align 8, !dbg !136
  %69 = xor i64 %68, 16, !dbg !136
  %70 = load i64, i64* %59, align 8, !dbg !136
  %71 = getelementptr i8, i8* %1, i64 56, !dbg !136
  %72 = bitcast i8* %71 to i64*, !dbg !136
  %73 = load i64, i64* %72, align 8, !dbg !136
  %74 = xor i64 %73, %70, !dbg !136
  %75 = or i64 %69, %74, !dbg !136
  %76 = bitcast i8* %60 to i64*, !dbg !136
  %77 = load i64, i64* %76, align 8, !dbg !136
  %78 = getelementptr i8, i8* %1, i64 64, !dbg !136
  %79 = bitcast i8* %78 to i64*, !dbg !136
  %80 = load i64, i64* %79, align 8, !dbg !136
  %81 = xor i64 %80, %77, !dbg !136
  %82 = or i64 %75, %81, !dbg !136
  %bufeq = icmp eq i64 %82, 0, !dbg !136
  br i1 %bufeq, label %if.then, label %return, !dbg !136

stat.inc12:                                       ; preds = %map.full10
  %83 = getelementptr i8, i8* %55, i64 8, !dbg !135
  %84 = bitcast i8* %83 to i64*, !dbg !135
  %85 = load i64, i64* %84, align 8, !dbg !135
  %86 = add i64 %85, 1, !dbg !135
  store i64 %86, i64* %84, align 8, !dbg !135
  br label %map.stored11, !dbg !135

if.then:                                          ; preds = %map.stored11
  store i64 0, i64* %34, align 8, !dbg !137
  %87 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %22) #0, !dbg !137
  %.not19 = icmp eq i8* %87, null, !dbg !137
  br i1 %.not19, label %map.done, label %map.read, !dbg !137

map.read:                                         ; preds = %if.then
  %88 = bitcast i8* %87 to i64*, !dbg !137
  %89 = load i64, i64* %88, align 8, !dbg !137
  br label %map.done, !dbg !137

map.done:                                         ; preds = %map.read, %if.then
  %90 = phi i64 [ 0, %if.then ], [ %89, %map.read ], !dbg !137
  %91 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !137
  %.not20 = icmp eq i8* %91, null, !dbg !137
  br i1 %.not20, label %rec.lost, label %rec.fill, !dbg !137

rec.fill:                                         ; preds = %map.done
  %92 = bitcast i8* %91 to i64*, !dbg !137
  store i64 1, i64* %92, align 8, !dbg !137
  %93 = getelementptr i8, i8* %91, i64 8, !dbg !137
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(24) %93, i8* noundef nonnull align 8 dereferenceable(24) %2, i64 24, i1 false), !dbg !137
  %94 = getelementptr i8, i8* %91, i64 32, !dbg !137
  %95 = bitcast i8* %94 to i64*, !dbg !137
  store i64 %90, i64* %95, align 8, !dbg !137
  %96 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !137
  %97 = icmp ugt i64 %96, 65536, !dbg !137
  %98 = select i1 %97, i64 2, i64 1, !dbg !137
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %91, i64 %98) #0, !dbg !137
  br label %return, !dbg !137

rec.lost:                                         ; preds = %map.done
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !137
  %.not21 = icmp eq i8* %99, null, !dbg !137
  br i1 %.not21, label %return, label %stat.inc16, !dbg !137

stat.inc16:                                       ; preds = %rec.lost
  %100 = bitcast i8* %99 to i64*, !dbg !137
  %101 = load i64, i64* %100, align 8, !dbg !137
  %102 = add i64 %101, 1, !dbg !137
  store i64 %102, i64* %100, align 8, !dbg !137
  br label %return, !dbg !137
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!111, !112}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !99, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "buf_strftime_values.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !56, !70, !76, !90}
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
!72 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !73)
!73 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 320, align: 8, elements: !74)
!74 = !{!75}
!75 = !DISubrange(count: 40, lowerBound: 0)
!76 = !DIGlobalVariableExpression(var: !77, expr: !DIExpression())
!77 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !78, isLocal: false, isDefinition: true, align: 64)
!78 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !79)
!79 = !{!32, !33, !80, !85}
!80 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !81, size: 64, align: 64, offset: 128)
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64, align: 64, dwarfAddressSpace: 0)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 2, lowerBound: 0)
!85 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !86, size: 64, align: 64, offset: 192)
!86 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !87, size: 64, align: 64, dwarfAddressSpace: 0)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 384, align: 8, elements: !88)
!88 = !{!89}
!89 = !DISubrange(count: 48, lowerBound: 0)
!90 = !DIGlobalVariableExpression(var: !91, expr: !DIExpression())
!91 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !92, isLocal: false, isDefinition: true, align: 64)
!92 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !93)
!93 = !{!9, !15, !20, !94}
!94 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !95, size: 64, align: 64, offset: 192)
!95 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !96, size: 64, align: 64, dwarfAddressSpace: 0)
!96 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 768, align: 8, elements: !97)
!97 = !{!98}
!98 = !DISubrange(count: 96, lowerBound: 0)
!99 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !100)
!100 = !{!101, !106}
!101 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !102, size: 64, align: 64)
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 64, align: 64, dwarfAddressSpace: 0)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 27, lowerBound: 0)
!106 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !107, size: 64, align: 64, offset: 64)
!107 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !108, size: 64, align: 64, dwarfAddressSpace: 0)
!108 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !109)
!109 = !{!110}
!110 = !DISubrange(count: 262144, lowerBound: 0)
!111 = !{i32 2, !"Debug Info Version", i32 3}
!112 = !{i32 2, !"Dwarf Version", i32 4}
!113 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 6, type: !114, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !117)
!114 = !DISubroutineType(types: !115)
!115 = !{!12, !116}
!116 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!117 = !{!118}
!118 = !DILocalVariable(name: "ctx", arg: 1, scope: !113, file: !3, line: 6, type: !116)
!119 = !DILocation(line: 6, scope: !113)
!120 = !DILocation(line: 6, column: 1, scope: !113)
!121 = !DILocation(line: 8, column: 2, scope: !113)
!122 = !DILocation(line: 9, column: 2, scope: !113)
!123 = !DILocation(line: 10, column: 2, scope: !113)
!124 = !DILocation(line: 11, column: 2, scope: !113)
!125 = !DILocation(line: 12, column: 2, scope: !113)
!126 = !DILocation(line: 13, column: 3, scope: !113)
!127 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 6, type: !114, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !128)
!128 = !{!129}
!129 = !DILocalVariable(name: "ctx", arg: 1, scope: !127, file: !3, line: 6, type: !116)
!130 = !DILocation(line: 6, scope: !127)
!131 = !DILocation(line: 6, column: 1, scope: !127)
!132 = !DILocation(line: 8, column: 2, scope: !127)
!133 = !DILocation(line: 9, column: 2, scope: !127)
!134 = !DILocation(line: 10, column: 2, scope: !127)
!135 = !DILocation(line: 11, column: 2, scope: !127)
!136 = !DILocation(line: 12, column: 2, scope: !127)
!137 = !DILocation(line: 13, column: 3, scope: !127)
