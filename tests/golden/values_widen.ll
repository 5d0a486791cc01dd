; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@m_u = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !62
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !64
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !70
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !84

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !107 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !113
  %tmp5 = alloca [8 x i64], align 8, !dbg !113
  %tmp4 = alloca [2 x i64], align 8, !dbg !113
  %tmp3 = alloca [6 x i64], align 8, !dbg !113
  %tmp2 = alloca [1 x i64], align 8, !dbg !113
  %tmp1 = alloca [8 x i64], align 8, !dbg !113
  %tmp = alloca [8 x i64], align 8, !dbg !113
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !112, metadata !DIExpression()), !dbg !113
  %zero = alloca i32, align 4, !dbg !114
  store i32 0, i32* %zero, align 4, !dbg !114
  %0 = bitcast i32* %zero to i8*, !dbg !114
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !114
  %.not = icmp eq i8* %1, null, !dbg !114
  br i1 %.not, label %return, label %body, !dbg !114

body:                                             ; preds = %entry
  %2 = bitcast [8 x i64]* %tmp to i8*, !dbg !114
  store i8 0, i8* %2, align 8, !dbg !114
  %3 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !114
  store i8 0, i8* %3, align 8, !dbg !114
  %4 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !114
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !114
  %6 = bitcast i8* %5 to i64*, !dbg !114
  %7 = load i64, i64* %6, align 8, !dbg !114
  %8 = inttoptr i64 %7 to i8*, !dbg !114
  %9 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 1, i8* %8) #0, !dbg !114
  %10 = icmp slt i64 %9, 0, !dbg !114
  %11 = icmp ne i64 %7, 0, !dbg !114
  %12 = and i1 %11, %10, !dbg !114
  br i1 %12, label %cold.keep, label %cold.no, !dbg !114

return:                                           ; preds = %map.full36, %stat.inc38, %str.done35, %entry, %cold.fill, %cold.keep
  ret i32 0, !dbg !114

cold.keep:                                        ; preds = %body
  %13 = bitcast [6 x i64]* %tmp3 to i8*, !dbg !114
  %14 = bitcast [2 x i64]* %tmp4 to i8*, !dbg !114
  %15 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %16 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp4, i64 0, i64 0, !dbg !114
  store i64 %15, i64* %16, align 8, !dbg !114
  %17 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp4, i64 0, i64 1, !dbg !114
  store i64 0, i64* %17, align 8, !dbg !114
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %13, i8 0, i64 48, i1 false), !dbg !114
  %18 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %14, i8* nonnull %13, i64 0) #0, !dbg !114
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %14) #0, !dbg !114
  %.not48 = icmp eq i8* %19, null, !dbg !114
  br i1 %.not48, label %return, label %cold.fill, !dbg !114

cold.no:                                          ; preds = %body
  %20 = bitcast [8 x i64]* %tmp5 to i8*, !dbg !115
  %21 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %20, i32 16) #0, !dbg !115
  %22 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !115
  %23 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !115
  store i64 0, i64* %23, align 8, !dbg !115
  %24 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !115
  %25 = icmp slt i64 %24, 0, !dbg !115
  br i1 %25, label %map.full, label %map.stored, !dbg !115

cold.fill:                                        ; preds = %cold.keep
  %26 = load i64, i64* %6, align 8, !dbg !114
  %27 = getelementptr i8, i8* %19, i64 24, !dbg !114
  %28 = bitcast i8* %27 to i64*, !dbg !114
  store i64 %26, i64* %28, align 8, !dbg !114
  br label %return, !dbg !114

map.full:                                         ; preds = %cold.no
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !115
  %.not47 = icmp eq i8* %29, null, !dbg !115
  br i1 %.not47, label %map.stored, label %stat.inc, !dbg !115

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  %30 = load i64, i64* %6, align 8, !dbg !116
  %31 = inttoptr i64 %30 to i8*, !dbg !116
  %32 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 64, i8* %31) #0, !dbg !116
  %33 = icmp eq i64 %32, 64, !dbg !116
  br i1 %33, label %str.full, label %str.done, !dbg !116

stat.inc:                                         ; preds = %map.full
  %34 = getelementptr i8, i8* %29, i64 8, !dbg !115
  %35 = bitcast i8* %34 to i64*, !dbg !115
  %36 = load i64, i64* %35, align 8, !dbg !115
  %37 = add i64 %36, 1, !dbg !115
  store i64 %37, i64* %35, align 8, !dbg !115
  br label %map.stored, !dbg !115

str.full:                                         ; preds = %map.stored
  %38 = getelementptr inbounds i8, i8* %20, i64 63, !dbg !116
  %39 = getelementptr i8, i8* %31, i64 63, !dbg !116
  %40 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %38, i32 1, i8* %39) #0, !dbg !116
  br label %str.done, !dbg !116

str.done:                                         ; preds = %str.full, %map.stored
  store i64 0, i64* %23, align 8, !dbg !116
  %41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !116
  %42 = icmp slt i64 %41, 0, !dbg !116
  br i1 %42, label %map.full7, label %map.stored8, !dbg !116

map.full7:                                        ; preds = %str.done
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !116
  %.not46 = icmp eq i8* %43, null, !dbg !116
  br i1 %.not46, label %map.stored8, label %stat.inc9, !dbg !116

map.stored8:                                      ; preds = %map.full7, %stat.inc9, %str.done
  store i8 120, i8* %20, align 8, !dbg !117
  %44 = getelementptr inbounds i8, i8* %20, i64 1, !dbg !117
  store i8 0, i8* %44, align 1, !dbg !117
  store i64 0, i64* %23, align 8, !dbg !117
  %45 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !117
  %46 = icmp slt i64 %45, 0, !dbg !117
  br i1 %46, label %map.full11, label %map.stored12, !dbg !117

stat.inc9:                                        ; preds = %map.full7
  %47 = getelementptr i8, i8* %43, i64 8, !dbg !116
  %48 = bitcast i8* %47 to i64*, !dbg !116
  %49 = load i64, i64* %48, align 8, !dbg !116
  %50 = add i64 %49, 1, !dbg !116
  store i64 %50, i64* %48, align 8, !dbg !116
  br label %map.stored8, !dbg !116

map.full11:                                       ; preds = %map.stored8
  %51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !117
  %.not45 = icmp eq i8* %51, null, !dbg !117
  br i1 %.not45, label %map.stored12, label %stat.inc13, !dbg !117

map.stored12:                                     ; preds = %map.full11, %stat.inc13, %map.stored8
  %52 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %1, i32 16) #0, !dbg !118
  %53 = getelementptr i8, i8* %1, i64 64, !dbg !118
  %54 = bitcast i8* %53 to i64*, !dbg !118
  store i64 1, i64* %54, align 8, !dbg !118
  %55 = getelementptr inbounds [8 x i64], [8 x i64]* %tmp5, i64 0, i64 0, !dbg !118
  store i64 1, i64* %55, align 8, !dbg !118
  %56 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %20, i8* nonnull %1, i64 0) #0, !dbg !118
  %57 = icmp slt i64 %56, 0, !dbg !118
  br i1 %57, label %map.full15, label %map.stored16, !dbg !118

stat.inc13:                                       ; preds = %map.full11
  %58 = getelementptr i8, i8* %51, i64 8, !dbg !117
  %59 = bitcast i8* %58 to i64*, !dbg !117
  %60 = load i64, i64* %59, align 8, !dbg !117
  %61 = add i64 %60, 1, !dbg !117
  store i64 %61, i64* %59, align 8, !dbg !117
  br label %map.stored12, !dbg !117

map.full15:                                       ; preds = %map.stored12
  %62 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !118
  %.not44 = icmp eq i8* %62, null, !dbg !118
  br i1 %.not44, label %map.stored16, label %stat.inc17, !dbg !118

map.stored16:                                     ; preds = %map.full15, %stat.inc17, %map.stored12
  %63 = load i64, i64* %6, align 8, !dbg !119
  %64 = inttoptr i64 %63 to i8*, !dbg !119
  %65 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 64, i8* %64) #0, !dbg !119
  %66 = icmp eq i64 %65, 64, !dbg !119
  br i1 %66, label %str.full20, label %str.done21, !dbg !119

stat.inc17:                                       ; preds = %map.full15
  %67 = getelementptr i8, i8* %62, i64 16, !dbg !118
  %68 = bitcast i8* %67 to i64*, !dbg !118
  %69 = load i64, i64* %68, align 8, !dbg !118
  %70 = add i64 %69, 1, !dbg !118
  store i64 %70, i64* %68, align 8, !dbg !118
  br label %map.stored16, !dbg !118

str.full20:                                       ; preds = %map.stored16
  %71 = getelementptr i8, i8* %1, i64 63, !dbg !119
  %72 = getelementptr i8, i8* %64, i64 63, !dbg !119
  %73 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %71, i32 1, i8* %72) #0, !dbg !119
  br label %str.done21, !dbg !119

str.done21:                                       ; preds = %str.full20, %map.stored16
  store i64 2, i64* %54, align 8, !dbg !119
  store i64 2, i64* %55, align 8, !dbg !119
  %74 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %20, i8* nonnull %1, i64 0) #0, !dbg !119
  %75 = icmp slt i64 %74, 0, !dbg !119
  br i1 %75, label %map.full22, label %map.stored23, !dbg !119

map.full22:                                       ; preds = %str.done21
  %76 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !119
  %.not43 = icmp eq i8* %76, null, !dbg !119
  br i1 %.not43, label %map.stored23, label %stat.inc24, !dbg !119

map.stored23:                                     ; preds = %map.full22, %stat.inc24, %str.done21
  %77 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %3, i32 16) #0, !dbg !120
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %20, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !121
  store i64 0, i64* %23, align 8, !dbg !121
  %78 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !121
  %79 = icmp slt i64 %78, 0, !dbg !121
  br i1 %79, label %map.full26, label %map.stored27, !dbg !121

stat.inc24:                                       ; preds = %map.full22
  %80 = getelementptr i8, i8* %76, i64 16, !dbg !119
  %81 = bitcast i8* %80 to i64*, !dbg !119
  %82 = load i64, i64* %81, align 8, !dbg !119
  %83 = add i64 %82, 1, !dbg !119
  store i64 %83, i64* %81, align 8, !dbg !119
  br label %map.stored23, !dbg !119

map.full26:                                       ; preds = %map.stored23
  %84 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !121
  %.not42 = icmp eq i8* %84, null, !dbg !121
  br i1 %.not42, label %map.stored27, label %stat.inc28, !dbg !121

map.stored27:                                     ; preds = %map.full26, %stat.inc28, %map.stored23
  %85 = load i64, i64* %6, align 8, !dbg !122
  %86 = inttoptr i64 %85 to i8*, !dbg !122
  %87 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 9, i8* %86) #0, !dbg !122
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %20, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !123
  store i64 0, i64* %23, align 8, !dbg !123
  %88 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !123
  %89 = icmp slt i64 %88, 0, !dbg !123
  br i1 %89, label %map.full30, label %map.stored31, !dbg !123

stat.inc28:                                       ; preds = %map.full26
  %90 = getelementptr i8, i8* %84, i64 8, !dbg !121
  %91 = bitcast i8* %90 to i64*, !dbg !121
  %92 = load i64, i64* %91, align 8, !dbg !121
  %93 = add i64 %92, 1, !dbg !121
  store i64 %93, i64* %91, align 8, !dbg !121
  br label %map.stored27, !dbg !121

map.full30:                                       ; preds = %map.stored27
  %94 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !123
  %.not41 = icmp eq i8* %94, null, !dbg !123
  br i1 %.not41, label %map.stored31, label %stat.inc32, !dbg !123

map.stored31:                                     ; preds = %map.full30, %stat.inc32, %map.stored27
  %95 = load i64, i64* %6, align 8, !dbg !124
  %96 = inttoptr i64 %95 to i8*, !dbg !124
  %97 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 64, i8* %96) #0, !dbg !124
  %98 = icmp eq i64 %97, 64, !dbg !124
  br i1 %98, label %str.full34, label %str.done35, !dbg !124

stat.inc32:                                       ; preds = %map.full30
  %99 = getelementptr i8, i8* %94, i64 24, !dbg !123
  %100 = bitcast i8* %99 to i64*, !dbg !123
  %101 = load i64, i64* %100, align 8, !dbg !123
  %102 = add i64 %101, 1, !dbg !123
  store i64 %102, i64* %100, align 8, !dbg !123
  br label %map.stored31, !dbg !123

str.full34:                                       ; preds = %map.stored31
  %103 = getelementptr inbounds i8, i8* %20, i64 63, !dbg !124
  %104 = getelementptr i8, i8* %96, i64 63, !dbg !124
  %105 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %103, i32 1, i8* %104) #0, !dbg !124
  br label %str.done35, !dbg !124

str.done35:                                       ; preds = %str.full34, %map.stored31
  store i64 0, i64* %23, align 8, !dbg !124
  %106 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %22, i8* nonnull %20, i64 0) #0, !dbg !124
  %107 = icmp slt i64 %106, 0, !dbg !124
  br i1 %107, label %map.full36, label %return, !dbg !124

map.full36:                                       ; preds = %str.done35
  %108 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !124
  %.not40 = icmp eq i8* %108, null, !dbg !124
  br i1 %.not40, label %return, label %stat.inc38, !dbg !124

stat.inc38:                                       ; preds = %map.full36
  %109 = getelementptr i8, i8* %108, i64 24, !dbg !124
  %110 = bitcast i8* %109 to i64*, !dbg !124
  %111 = load i64, i64* %110, align 8, !dbg !124
  %112 = add i64 %111, 1, !dbg !124
  store i64 %112, i64* %110, align 8, !dbg !124
  br label %return, !dbg !124
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !125 {
entry:
  %tmp4 = alloca [1 x i64], align 8, !dbg !128
  %tmp3 = alloca [8 x i64], align 8, !dbg !128
  %tmp2 = alloca [2 x i64], align 8, !dbg !128
  %tmp1 = alloca [8 x i64], align 8, !dbg !128
  %tmp = alloca [8 x i64], align 8, !dbg !128
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !127, metadata !DIExpression()), !dbg !128
  %zero = alloca i32, align 4, !dbg !129
  store i32 0, i32* %zero, align 4, !dbg !129
  %0 = bitcast i32* %zero to i8*, !dbg !129
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !129
  %.not = icmp eq i8* %1, null, !dbg !129
  br i1 %.not, label %return, label %body, !dbg !129

body:                                             ; preds = %entry
  %2 = bitcast [8 x i64]* %tmp to i8*, !dbg !129
  store i8 0, i8* %2, align 8, !dbg !129
  %3 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !129
  store i8 0, i8* %3, align 8, !dbg !129
  %4 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !129
  %5 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !129
  %6 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !129
  store i64 %5, i64* %6, align 8, !dbg !129
  %7 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !129
  store i64 0, i64* %7, align 8, !dbg !129
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %4) #0, !dbg !129
  %.not39 = icmp eq i8* %8, null, !dbg !129
  br i1 %.not39, label %return, label %cold.kept, !dbg !129

return:                                           ; preds = %map.full35, %stat.inc37, %str.done34, %entry, %body
  ret i32 0, !dbg !129

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %8, i64 48, i1 false), !dbg !129
  %9 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %4) #0, !dbg !129
  %10 = bitcast [8 x i64]* %tmp3 to i8*, !dbg !130
  %11 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %10, i32 16) #0, !dbg !130
  %12 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !130
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !130
  store i64 0, i64* %13, align 8, !dbg !130
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !130
  %15 = icmp slt i64 %14, 0, !dbg !130
  br i1 %15, label %map.full, label %map.stored, !dbg !130

map.full:                                         ; preds = %cold.kept
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !130
  %.not47 = icmp eq i8* %16, null, !dbg !130
  br i1 %.not47, label %map.stored, label %stat.inc, !dbg !130

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.kept
  %17 = getelementptr i8, i8* %1, i64 24, !dbg !131
  %18 = bitcast i8* %17 to i64*, !dbg !131
  %19 = load i64, i64* %18, align 8, !dbg !131
  %20 = inttoptr i64 %19 to i8*, !dbg !131
  %21 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %10, i32 64, i8* %20) #0, !dbg !131
  %22 = icmp eq i64 %21, 64, !dbg !131
  br i1 %22, label %str.full, label %str.done, !dbg !131

stat.inc:                                         ; preds = %map.full
  %23 = getelementptr i8, i8* %16, i64 8, !dbg !130
  %24 = bitcast i8* %23 to i64*, !dbg !130
  %25 = load i64, i64* %24, align 8, !dbg !130
  %26 = add i64 %25, 1, !dbg !130
  store i64 %26, i64* %24, align 8, !dbg !130
  br label %map.stored, !dbg !130

str.full:                                         ; preds = %map.stored
  %27 = getelementptr inbounds i8, i8* %10, i64 63, !dbg !131
  %28 = getelementptr i8, i8* %20, i64 63, !dbg !131
  %29 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %27, i32 1, i8* %28) #0, !dbg !131
  br label %str.done, !dbg !131

str.done:                                         ; preds = %str.full, %map.stored
  store i64 0, i64* %13, align 8, !dbg !131
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !131
  %31 = icmp slt i64 %30, 0, !dbg !131
  br i1 %31, label %map.full5, label %map.stored6, !dbg !131

map.full5:                                        ; preds = %str.done
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !131
  %.not46 = icmp eq i8* %32, null, !dbg !131
  br i1 %.not46, label %map.stored6, label %stat.inc7, !dbg !131

map.stored6:                                      ; preds = %map.full5, %stat.inc7, %str.done
  store i8 120, i8* %10, align 8, !dbg !132
  %33 = getelementptr inbounds i8, i8* %10, i64 1, !dbg !132
  store i8 0, i8* %33, align 1, !dbg !132
  store i64 0, i64* %13, align 8, !dbg !132
  %34 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !132
  %35 = icmp slt i64 %34, 0, !dbg !132
  br i1 %35, label %map.full9, label %map.stored10, !dbg !132

stat.inc7:                                        ; preds = %map.full5
  %36 = getelementptr i8, i8* %32, i64 8, !dbg !131
  %37 = bitcast i8* %36 to i64*, !dbg !131
  %38 = load i64, i64* %37, align 8, !dbg !131
  %39 = add i64 %38, 1, !dbg !131
  store i64 %39, i64* %37, align 8, !dbg !131
  br label %map.stored6, !dbg !131

map.full9:                                        ; preds = %map.stored6
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !132
  %.not45 = icmp eq i8* %40, null, !dbg !132
  br i1 %.not45, label %map.stored10, label %stat.inc11, !dbg !132

map.stored10:                                     ; preds = %map.full9, %stat.inc11, %map.stored6
  %41 = getelementptr i8, i8* %1, i64 48, !dbg !133
  %42 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %41, i32 16) #0, !dbg !133
  %43 = getelementptr i8, i8* %1, i64 112, !dbg !133
  %44 = bitcast i8* %43 to i64*, !dbg !133
  store i64 1, i64* %44, align 8, !dbg !133
  %45 = getelementptr inbounds [8 x i64], [8 x i64]* %tmp3, i64 0, i64 0, !dbg !133
  store i64 1, i64* %45, align 8, !dbg !133
  %46 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %10, i8* %41, i64 0) #0, !dbg !133
  %47 = icmp slt i64 %46, 0, !dbg !133
  br i1 %47, label %map.full14, label %map.stored15, !dbg !133

stat.inc11:                                       ; preds = %map.full9
  %48 = getelementptr i8, i8* %40, i64 8, !dbg !132
  %49 = bitcast i8* %48 to i64*, !dbg !132
  %50 = load i64, i64* %49, align 8, !dbg !132
  %51 = add i64 %50, 1, !dbg !132
  store i64 %51, i64* %49, align 8, !dbg !132
  br label %map.stored10, !dbg !132

map.full14:                                       ; preds = %map.stored10
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !133
  %.not44 = icmp eq i8* %52, null, !dbg !133
  br i1 %.not44, label %map.stored15, label %stat.inc16, !dbg !133

map.stored15:                                     ; preds = %map.full14, %stat.inc16, %map.stored10
  %53 = load i64, i64* %18, align 8, !dbg !134
  %54 = inttoptr i64 %53 to i8*, !dbg !134
  %55 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %41, i32 64, i8* %54) #0, !dbg !134
  %56 = icmp eq i64 %55, 64, !dbg !134
  br i1 %56, label %str.full19, label %str.done20, !dbg !134

stat.inc16:                                       ; preds = %map.full14
  %57 = getelementptr i8, i8* %52, i64 16, !dbg !133
  %58 = bitcast i8* %57 to i64*, !dbg !133
  %59 = load i64, i64* %58, align 8, !dbg !133
  %60 = add i64 %59, 1, !dbg !133
  store i64 %60, i64* %58, align 8, !dbg !133
  br label %map.stored15, !dbg !133

str.full19:                                       ; preds = %map.stored15
  %61 = getelementptr i8, i8* %1, i64 111, !dbg !134
  %62 = getelementptr i8, i8* %54, i64 63, !dbg !134
  %63 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %61, i32 1, i8* %62) #0, !dbg !134
  br label %str.done20, !dbg !134

str.done20:                                       ; preds = %str.full19, %map.stored15
  store i64 2, i64* %44, align 8, !dbg !134
  store i64 2, i64* %45, align 8, !dbg !134
  %64 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %10, i8* %41, i64 0) #0, !dbg !134
  %65 = icmp slt i64 %64, 0, !dbg !134
  br i1 %65, label %map.full21, label %map.stored22, !dbg !134

map.full21:                                       ; preds = %str.done20
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !134
  %.not43 = icmp eq i8* %66, null, !dbg !134
  br i1 %.not43, label %map.stored22, label %stat.inc23, !dbg !134

map.stored22:                                     ; preds = %map.full21, %stat.inc23, %str.done20
  %67 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %3, i32 16) #0, !dbg !135
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %10, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !136
  store i64 0, i64* %13, align 8, !dbg !136
  %68 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !136
  %69 = icmp slt i64 %68, 0, !dbg !136
  br i1 %69, label %map.full25, label %map.stored26, !dbg !136

stat.inc23:                                       ; preds = %map.full21
  %70 = getelementptr i8, i8* %66, i64 16, !dbg !134
  %71 = bitcast i8* %70 to i64*, !dbg !134
  %72 = load i64, i64* %71, align 8, !dbg !134
  %73 = add i64 %72, 1, !dbg !134
  store i64 %73, i64* %71, align 8, !dbg !134
  br label %map.stored22, !dbg !134

map.full25:                                       ; preds = %map.stored22
  %74 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !136
  %.not42 = icmp eq i8* %74, null, !dbg !136
  br i1 %.not42, label %map.stored26, label %stat.inc27, !dbg !136

map.stored26:                                     ; preds = %map.full25, %stat.inc27, %map.stored22
  %75 = load i64, i64* %18, align 8, !dbg !137
  %76 = inttoptr i64 %75 to i8*, !dbg !137
  %77 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 9, i8* %76) #0, !dbg !137
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %10, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !138
  store i64 0, i64* %13, align 8, !dbg !138
  %78 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !138
  %79 = icmp slt i64 %78, 0, !dbg !138
  br i1 %79, label %map.full29, label %map.stored30, !dbg !138

stat.inc27:                                       ; preds = %map.full25
  %80 = getelementptr i8, i8* %74, i64 8, !dbg !136
  %81 = bitcast i8* %80 to i64*, !dbg !136
  %82 = load i64, i64* %81, align 8, !dbg !136
  %83 = add i64 %82, 1, !dbg !136
  store i64 %83, i64* %81, align 8, !dbg !136
  br label %map.stored26, !dbg !136

map.full29:                                       ; preds = %map.stored26
  %84 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !138
  %.not41 = icmp eq i8* %84, null, !dbg !138
  br i1 %.not41, label %map.stored30, label %stat.inc31, !dbg !138

map.stored30:                                     ; preds = %map.full29, %stat.inc31, %map.stored26
  %85 = load i64, i64* %18, align 8, !dbg !139
  %86 = inttoptr i64 %85 to i8*, !dbg !139
  %87 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %10, i32 64, i8* %86) #0, !dbg !139
  %88 = icmp eq i64 %87, 64, !dbg !139
  br i1 %88, label %str.full33, label %str.done34, !dbg !139

stat.inc31:                                       ; preds = %map.full29
  %89 = getelementptr i8, i8* %84, i64 24, !dbg !138
  %90 = bitcast i8* %89 to i64*, !dbg !138
  %91 = load i64, i64* %90, align 8, !dbg !138
  %92 = add i64 %91, 1, !dbg !138
  store i64 %92, i64* %90, align 8, !dbg !138
  br label %map.stored30, !dbg !138

str.full33:                                       ; preds = %map.stored30
  %93 = getelementptr inbounds i8, i8* %10, i64 63, !dbg !139
  %94 = getelementptr i8, i8* %86, i64 63, !dbg !139
  %95 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %93, i32 1, i8* %94) #0, !dbg !139
  br label %str.done34, !dbg !139

str.done34:                                       ; preds = %str.full33, %map.stored30
  store i64 0, i64* %13, align 8, !dbg !139
  %96 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %12, i8* nonnull %10, i64 0) #0, !dbg !139
  %97 = icmp slt i64 %96, 0, !dbg !139
  br i1 %97, label %map.full35, label %return, !dbg !139

map.full35:                                       ; preds = %str.done34
  %98 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !139
  %.not40 = icmp eq i8* %98, null, !dbg !139
  br i1 %.not40, label %return, label %stat.inc37, !dbg !139

stat.inc37:                                       ; preds = %map.full35
  %99 = getelementptr i8, i8* %98, i64 24, !dbg !139
  %100 = bitcast i8* %99 to i64*, !dbg !139
  %101 = load i64, i64* %100, align 8, !dbg !139
  %102 = add i64 %101, 1, !dbg !139
  store i64 %102, i64* %100, align 8, !dbg !139
  br label %return, !dbg !139
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!105, !106}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !93, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "values_widen.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !62, !64, !70, !84}
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
!29 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
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
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 512, align: 8, elements: !44)
!43 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!44 = !{!45}
!45 = !DISubrange(count: 64, lowerBound: 0)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !50, !56}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 128)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !53)
!53 = !{!54}
!54 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !55, size: 64, align: 8)
!55 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !57, size: 64, align: 64, offset: 192)
!57 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !58, size: 64, align: 64, dwarfAddressSpace: 0)
!58 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 576, align: 64, elements: !59)
!59 = !{!60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !42, size: 512, align: 8)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !55, size: 64, align: 8, offset: 512)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "m_u", linkageName: "m_u", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !66, isLocal: false, isDefinition: true, align: 64)
!66 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !67)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 192, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 24, lowerBound: 0)
!70 = !DIGlobalVariableExpression(var: !71, expr: !DIExpression())
!71 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !72, isLocal: false, isDefinition: true, align: 64)
!72 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !73)
!73 = !{!32, !33, !74, !79}
!74 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !75, size: 64, align: 64, offset: 128)
!75 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !76, size: 64, align: 64, dwarfAddressSpace: 0)
!76 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !77)
!77 = !{!78}
!78 = !DISubrange(count: 2, lowerBound: 0)
!79 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !80, size: 64, align: 64, offset: 192)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 384, align: 8, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 48, lowerBound: 0)
!84 = !DIGlobalVariableExpression(var: !85, expr: !DIExpression())
!85 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !86, isLocal: false, isDefinition: true, align: 64)
!86 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !87)
!87 = !{!9, !15, !20, !88}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !89, size: 64, align: 64, offset: 192)
!89 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !90, size: 64, align: 64, dwarfAddressSpace: 0)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 960, align: 8, elements: !91)
!91 = !{!92}
!92 = !DISubrange(count: 120, lowerBound: 0)
!93 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !94)
!94 = !{!95, !100}
!95 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !96, size: 64, align: 64)
!96 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !97, size: 64, align: 64, dwarfAddressSpace: 0)
!97 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !98)
!98 = !{!99}
!99 = !DISubrange(count: 27, lowerBound: 0)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !101, size: 64, align: 64, offset: 64)
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !102, size: 64, align: 64, dwarfAddressSpace: 0)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 262144, lowerBound: 0)
!105 = !{i32 2, !"Debug Info Version", i32 3}
!106 = !{i32 2, !"Dwarf Version", i32 4}
!107 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !108, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !111)
!108 = !DISubroutineType(types: !109)
!109 = !{!12, !110}
!110 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!111 = !{!112}
!112 = !DILocalVariable(name: "ctx", arg: 1, scope: !107, file: !3, line: 3, type: !110)
!113 = !DILocation(line: 3, scope: !107)
!114 = !DILocation(line: 3, column: 1, scope: !107)
!115 = !DILocation(line: 4, column: 2, scope: !107)
!116 = !DILocation(line: 5, column: 2, scope: !107)
!117 = !DILocation(line: 6, column: 2, scope: !107)
!118 = !DILocation(line: 7, column: 2, scope: !107)
!119 = !DILocation(line: 8, column: 2, scope: !107)
!120 = !DILocation(line: 9, column: 2, scope: !107)
!121 = !DILocation(line: 10, column: 2, scope: !107)
!122 = !DILocation(line: 11, column: 2, scope: !107)
!123 = !DILocation(line: 12, column: 2, scope: !107)
!124 = !DILocation(line: 13, column: 2, scope: !107)
!125 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !108, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !126)
!126 = !{!127}
!127 = !DILocalVariable(name: "ctx", arg: 1, scope: !125, file: !3, line: 3, type: !110)
!128 = !DILocation(line: 3, scope: !125)
!129 = !DILocation(line: 3, column: 1, scope: !125)
!130 = !DILocation(line: 4, column: 2, scope: !125)
!131 = !DILocation(line: 5, column: 2, scope: !125)
!132 = !DILocation(line: 6, column: 2, scope: !125)
!133 = !DILocation(line: 7, column: 2, scope: !125)
!134 = !DILocation(line: 8, column: 2, scope: !125)
!135 = !DILocation(line: 9, column: 2, scope: !125)
!136 = !DILocation(line: 10, column: 2, scope: !125)
!137 = !DILocation(line: 11, column: 2, scope: !125)
!138 = !DILocation(line: 12, column: 2, scope: !125)
!139 = !DILocation(line: 13, column: 2, scope: !125)
