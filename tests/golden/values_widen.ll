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
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !64
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
  %4 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !114
  %5 = icmp eq i64 %4, 0, !dbg !114
  br i1 %5, label %pid.match, label %pid.filter, !dbg !114

return:                                           ; preds = %map.full36, %stat.inc38, %str.done35, %entry, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !114

pid.filter:                                       ; preds = %body
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %7 = lshr i64 %6, 32, !dbg !114
  %8 = icmp eq i64 %7, %4, !dbg !114
  br i1 %8, label %pid.match, label %return, !dbg !114

pid.match:                                        ; preds = %pid.filter, %body
  %9 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !114
  %10 = getelementptr i8, i8* %ctx, i64 24, !dbg !114
  %11 = bitcast i8* %10 to i64*, !dbg !114
  %12 = load i64, i64* %11, align 8, !dbg !114
  %13 = inttoptr i64 %12 to i8*, !dbg !114
  %14 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 1, i8* %13) #0, !dbg !114
  %15 = icmp slt i64 %14, 0, !dbg !114
  %16 = icmp ne i64 %12, 0, !dbg !114
  %17 = and i1 %16, %15, !dbg !114
  br i1 %17, label %cold.keep, label %cold.no, !dbg !114

cold.keep:                                        ; preds = %pid.match
  %18 = bitcast [6 x i64]* %tmp3 to i8*, !dbg !114
  %19 = bitcast [2 x i64]* %tmp4 to i8*, !dbg !114
  %20 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %21 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp4, i64 0, i64 0, !dbg !114
  store i64 %20, i64* %21, align 8, !dbg !114
  %22 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp4, i64 0, i64 1, !dbg !114
  store i64 0, i64* %22, align 8, !dbg !114
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %18, i8 0, i64 48, i1 false), !dbg !114
  %23 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %19, i8* nonnull %18, i64 0) #0, !dbg !114
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %19) #0, !dbg !114
  %.not48 = icmp eq i8* %24, null, !dbg !114
  br i1 %.not48, label %return, label %cold.fill, !dbg !114

cold.no:                                          ; preds = %pid.match
  %25 = bitcast [8 x i64]* %tmp5 to i8*, !dbg !115
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !115
  %26 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %25, i32 16) #0, !dbg !115
  %27 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !115
  %28 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !115
  store i64 0, i64* %28, align 8, !dbg !115
  %29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !115
  %30 = icmp slt i64 %29, 0, !dbg !115
  br i1 %30, label %map.full, label %map.stored, !dbg !115

cold.fill:                                        ; preds = %cold.keep
  %31 = load i64, i64* %11, align 8, !dbg !114
  %32 = getelementptr i8, i8* %24, i64 24, !dbg !114
  %33 = bitcast i8* %32 to i64*, !dbg !114
  store i64 %31, i64* %33, align 8, !dbg !114
  br label %return, !dbg !114

map.full:                                         ; preds = %cold.no
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !115
  %.not47 = icmp eq i8* %34, null, !dbg !115
  br i1 %.not47, label %map.stored, label %stat.inc, !dbg !115

map.stored:                                       ; preds = %map.full, %stat.inc, %cold.no
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !116
  %35 = load i64, i64* %11, align 8, !dbg !116
  %36 = inttoptr i64 %35 to i8*, !dbg !116
  %37 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 64, i8* %36) #0, !dbg !116
  %38 = icmp eq i64 %37, 64, !dbg !116
  br i1 %38, label %str.full, label %str.done, !dbg !116

stat.inc:                                         ; preds = %map.full
  %39 = getelementptr i8, i8* %34, i64 8, !dbg !115
  %40 = bitcast i8* %39 to i64*, !dbg !115
  %41 = load i64, i64* %40, align 8, !dbg !115
  %42 = add i64 %41, 1, !dbg !115
  store i64 %42, i64* %40, align 8, !dbg !115
  br label %map.stored, !dbg !115

str.full:                                         ; preds = %map.stored
  %43 = getelementptr inbounds i8, i8* %25, i64 63, !dbg !116
  %44 = getelementptr i8, i8* %36, i64 63, !dbg !116
  %45 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %43, i32 1, i8* %44) #0, !dbg !116
  br label %str.done, !dbg !116

str.done:                                         ; preds = %str.full, %map.stored
  store i64 0, i64* %28, align 8, !dbg !116
  %46 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !116
  %47 = icmp slt i64 %46, 0, !dbg !116
  br i1 %47, label %map.full7, label %map.stored8, !dbg !116

map.full7:                                        ; preds = %str.done
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !116
  %.not46 = icmp eq i8* %48, null, !dbg !116
  br i1 %.not46, label %map.stored8, label %stat.inc9, !dbg !116

map.stored8:                                      ; preds = %map.full7, %stat.inc9, %str.done
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !117
  store i8 120, i8* %25, align 8, !dbg !117
  %49 = getelementptr inbounds i8, i8* %25, i64 1, !dbg !117
  store i8 0, i8* %49, align 1, !dbg !117
  store i64 0, i64* %28, align 8, !dbg !117
  %50 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !117
  %51 = icmp slt i64 %50, 0, !dbg !117
  br i1 %51, label %map.full11, label %map.stored12, !dbg !117

stat.inc9:                                        ; preds = %map.full7
  %52 = getelementptr i8, i8* %48, i64 8, !dbg !116
  %53 = bitcast i8* %52 to i64*, !dbg !116
  %54 = load i64, i64* %53, align 8, !dbg !116
  %55 = add i64 %54, 1, !dbg !116
  store i64 %55, i64* %53, align 8, !dbg !116
  br label %map.stored8, !dbg !116

map.full11:                                       ; preds = %map.stored8
  %56 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !117
  %.not45 = icmp eq i8* %56, null, !dbg !117
  br i1 %.not45, label %map.stored12, label %stat.inc13, !dbg !117

map.stored12:                                     ; preds = %map.full11, %stat.inc13, %map.stored8
  %57 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %1, i32 16) #0, !dbg !118
  %58 = getelementptr i8, i8* %1, i64 64, !dbg !118
  %59 = bitcast i8* %58 to i64*, !dbg !118
  store i64 1, i64* %59, align 8, !dbg !118
  %60 = getelementptr inbounds [8 x i64], [8 x i64]* %tmp5, i64 0, i64 0, !dbg !118
  store i64 1, i64* %60, align 8, !dbg !118
  %61 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %25, i8* nonnull %1, i64 0) #0, !dbg !118
  %62 = icmp slt i64 %61, 0, !dbg !118
  br i1 %62, label %map.full15, label %map.stored16, !dbg !118

stat.inc13:                                       ; preds = %map.full11
  %63 = getelementptr i8, i8* %56, i64 8, !dbg !117
  %64 = bitcast i8* %63 to i64*, !dbg !117
  %65 = load i64, i64* %64, align 8, !dbg !117
  %66 = add i64 %65, 1, !dbg !117
  store i64 %66, i64* %64, align 8, !dbg !117
  br label %map.stored12, !dbg !117

map.full15:                                       ; preds = %map.stored12
  %67 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !118
  %.not44 = icmp eq i8* %67, null, !dbg !118
  br i1 %.not44, label %map.stored16, label %stat.inc17, !dbg !118

map.stored16:                                     ; preds = %map.full15, %stat.inc17, %map.stored12
  %68 = load i64, i64* %11, align 8, !dbg !119
  %69 = inttoptr i64 %68 to i8*, !dbg !119
  %70 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 64, i8* %69) #0, !dbg !119
  %71 = icmp eq i64 %70, 64, !dbg !119
  br i1 %71, label %str.full20, label %str.done21, !dbg !119

stat.inc17:                                       ; preds = %map.full15
  %72 = getelementptr i8, i8* %67, i64 16, !dbg !118
  %73 = bitcast i8* %72 to i64*, !dbg !118
  %74 = load i64, i64* %73, align 8, !dbg !118
  %75 = add i64 %74, 1, !dbg !118
  store i64 %75, i64* %73, align 8, !dbg !118
  br label %map.stored16, !dbg !118

str.full20:                                       ; preds = %map.stored16
  %76 = getelementptr i8, i8* %1, i64 63, !dbg !119
  %77 = getelementptr i8, i8* %69, i64 63, !dbg !119
  %78 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %76, i32 1, i8* %77) #0, !dbg !119
  br label %str.done21, !dbg !119

str.done21:                                       ; preds = %str.full20, %map.stored16
  store i64 2, i64* %59, align 8, !dbg !119
  store i64 2, i64* %60, align 8, !dbg !119
  %79 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %25, i8* nonnull %1, i64 0) #0, !dbg !119
  %80 = icmp slt i64 %79, 0, !dbg !119
  br i1 %80, label %map.full22, label %map.stored23, !dbg !119

map.full22:                                       ; preds = %str.done21
  %81 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !119
  %.not43 = icmp eq i8* %81, null, !dbg !119
  br i1 %.not43, label %map.stored23, label %stat.inc24, !dbg !119

map.stored23:                                     ; preds = %map.full22, %stat.inc24, %str.done21
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %3, i8 0, i64 64, i1 false), !dbg !120
  %82 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %3, i32 16) #0, !dbg !120
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !121
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !121
  store i64 0, i64* %28, align 8, !dbg !121
  %83 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !121
  %84 = icmp slt i64 %83, 0, !dbg !121
  br i1 %84, label %map.full26, label %map.stored27, !dbg !121

stat.inc24:                                       ; preds = %map.full22
  %85 = getelementptr i8, i8* %81, i64 16, !dbg !119
  %86 = bitcast i8* %85 to i64*, !dbg !119
  %87 = load i64, i64* %86, align 8, !dbg !119
  %88 = add i64 %87, 1, !dbg !119
  store i64 %88, i64* %86, align 8, !dbg !119
  br label %map.stored23, !dbg !119

map.full26:                                       ; preds = %map.stored23
  %89 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !121
  %.not42 = icmp eq i8* %89, null, !dbg !121
  br i1 %.not42, label %map.stored27, label %stat.inc28, !dbg !121

map.stored27:                                     ; preds = %map.full26, %stat.inc28, %map.stored23
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %2, i8 0, i64 64, i1 false), !dbg !122
  %90 = load i64, i64* %11, align 8, !dbg !122
  %91 = inttoptr i64 %90 to i8*, !dbg !122
  %92 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 9, i8* %91) #0, !dbg !122
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !123
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !123
  store i64 0, i64* %28, align 8, !dbg !123
  %93 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !123
  %94 = icmp slt i64 %93, 0, !dbg !123
  br i1 %94, label %map.full30, label %map.stored31, !dbg !123

stat.inc28:                                       ; preds = %map.full26
  %95 = getelementptr i8, i8* %89, i64 8, !dbg !121
  %96 = bitcast i8* %95 to i64*, !dbg !121
  %97 = load i64, i64* %96, align 8, !dbg !121
  %98 = add i64 %97, 1, !dbg !121
  store i64 %98, i64* %96, align 8, !dbg !121
  br label %map.stored27, !dbg !121

map.full30:                                       ; preds = %map.stored27
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !123
  %.not41 = icmp eq i8* %99, null, !dbg !123
  br i1 %.not41, label %map.stored31, label %stat.inc32, !dbg !123

map.stored31:                                     ; preds = %map.full30, %stat.inc32, %map.stored27
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %25, i8 0, i64 64, i1 false), !dbg !124
  %100 = load i64, i64* %11, align 8, !dbg !124
  %101 = inttoptr i64 %100 to i8*, !dbg !124
  %102 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 64, i8* %101) #0, !dbg !124
  %103 = icmp eq i64 %102, 64, !dbg !124
  br i1 %103, label %str.full34, label %str.done35, !dbg !124

stat.inc32:                                       ; preds = %map.full30
  %104 = getelementptr i8, i8* %99, i64 24, !dbg !123
  %105 = bitcast i8* %104 to i64*, !dbg !123
  %106 = load i64, i64* %105, align 8, !dbg !123
  %107 = add i64 %106, 1, !dbg !123
  store i64 %107, i64* %105, align 8, !dbg !123
  br label %map.stored31, !dbg !123

str.full34:                                       ; preds = %map.stored31
  %108 = getelementptr inbounds i8, i8* %25, i64 63, !dbg !124
  %109 = getelementptr i8, i8* %101, i64 63, !dbg !124
  %110 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %108, i32 1, i8* %109) #0, !dbg !124
  br label %str.done35, !dbg !124

str.done35:                                       ; preds = %str.full34, %map.stored31
  store i64 0, i64* %28, align 8, !dbg !124
  %111 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %27, i8* nonnull %25, i64 0) #0, !dbg !124
  %112 = icmp slt i64 %111, 0, !dbg !124
  br i1 %112, label %map.full36, label %return, !dbg !124

map.full36:                                       ; preds = %str.done35
  %113 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !124
  %.not40 = icmp eq i8* %113, null, !dbg !124
  br i1 %.not40, label %return, label %stat.inc38, !dbg !124

stat.inc38:                                       ; preds = %map.full36
  %114 = getelementptr i8, i8* %113, i64 24, !dbg !124
  %115 = bitcast i8* %114 to i64*, !dbg !124
  %116 = load i64, i64* %115, align 8, !dbg !124
  %117 = add i64 %116, 1, !dbg !124
  store i64 %117, i64* %115, align 8, !dbg !124
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

return:                                           ; preds = %map.full35, %stat.inc37, %str.done34, %entry, %pid.filter, %body
  ret i32 0, !dbg !129

cold.kept:                                        ; preds = %body
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %1, i8* noundef nonnull align 1 dereferenceable(48) %8, i64 48, i1 false), !dbg !129
  %9 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %4) #0, !dbg !129
  %10 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !129
  %11 = icmp eq i64 %10, 0, !dbg !129
  br i1 %11, label %pid.match, label %pid.filter, !dbg !129

pid.filter:                                       ; preds = %cold.kept
  %12 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !129
  %13 = lshr i64 %12, 32, !dbg !129
  %14 = icmp eq i64 %13, %10, !dbg !129
  br i1 %14, label %pid.match, label %return, !dbg !129

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %15 = bitcast [8 x i64]* %tmp3 to i8*, !dbg !130
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !130
  %16 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %15, i32 16) #0, !dbg !130
  %17 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !130
  %18 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !130
  store i64 0, i64* %18, align 8, !dbg !130
  %19 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !130
  %20 = icmp slt i64 %19, 0, !dbg !130
  br i1 %20, label %map.full, label %map.stored, !dbg !130

map.full:                                         ; preds = %pid.match
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !130
  %.not47 = icmp eq i8* %21, null, !dbg !130
  br i1 %.not47, label %map.stored, label %stat.inc, !dbg !130

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !131
  %22 = getelementptr i8, i8* %1, i64 24, !dbg !131
  %23 = bitcast i8* %22 to i64*, !dbg !131
  %24 = load i64, i64* %23, align 8, !dbg !131
  %25 = inttoptr i64 %24 to i8*, !dbg !131
  %26 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 64, i8* %25) #0, !dbg !131
  %27 = icmp eq i64 %26, 64, !dbg !131
  br i1 %27, label %str.full, label %str.done, !dbg !131

stat.inc:                                         ; preds = %map.full
  %28 = getelementptr i8, i8* %21, i64 8, !dbg !130
  %29 = bitcast i8* %28 to i64*, !dbg !130
  %30 = load i64, i64* %29, align 8, !dbg !130
  %31 = add i64 %30, 1, !dbg !130
  store i64 %31, i64* %29, align 8, !dbg !130
  br label %map.stored, !dbg !130

str.full:                                         ; preds = %map.stored
  %32 = getelementptr inbounds i8, i8* %15, i64 63, !dbg !131
  %33 = getelementptr i8, i8* %25, i64 63, !dbg !131
  %34 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %32, i32 1, i8* %33) #0, !dbg !131
  br label %str.done, !dbg !131

str.done:                                         ; preds = %str.full, %map.stored
  store i64 0, i64* %18, align 8, !dbg !131
  %35 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !131
  %36 = icmp slt i64 %35, 0, !dbg !131
  br i1 %36, label %map.full5, label %map.stored6, !dbg !131

map.full5:                                        ; preds = %str.done
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !131
  %.not46 = icmp eq i8* %37, null, !dbg !131
  br i1 %.not46, label %map.stored6, label %stat.inc7, !dbg !131

map.stored6:                                      ; preds = %map.full5, %stat.inc7, %str.done
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !132
  store i8 120, i8* %15, align 8, !dbg !132
  %38 = getelementptr inbounds i8, i8* %15, i64 1, !dbg !132
  store i8 0, i8* %38, align 1, !dbg !132
  store i64 0, i64* %18, align 8, !dbg !132
  %39 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !132
  %40 = icmp slt i64 %39, 0, !dbg !132
  br i1 %40, label %map.full9, label %map.stored10, !dbg !132

stat.inc7:                                        ; preds = %map.full5
  %41 = getelementptr i8, i8* %37, i64 8, !dbg !131
  %42 = bitcast i8* %41 to i64*, !dbg !131
  %43 = load i64, i64* %42, align 8, !dbg !131
  %44 = add i64 %43, 1, !dbg !131
  store i64 %44, i64* %42, align 8, !dbg !131
  br label %map.stored6, !dbg !131

map.full9:                                        ; preds = %map.stored6
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !132
  %.not45 = icmp eq i8* %45, null, !dbg !132
  br i1 %.not45, label %map.stored10, label %stat.inc11, !dbg !132

map.stored10:                                     ; preds = %map.full9, %stat.inc11, %map.stored6
  %46 = getelementptr i8, i8* %1, i64 48, !dbg !133
  %47 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %46, i32 16) #0, !dbg !133
  %48 = getelementptr i8, i8* %1, i64 112, !dbg !133
  %49 = bitcast i8* %48 to i64*, !dbg !133
  store i64 1, i64* %49, align 8, !dbg !133
  %50 = getelementptr inbounds [8 x i64], [8 x i64]* %tmp3, i64 0, i64 0, !dbg !133
  store i64 1, i64* %50, align 8, !dbg !133
  %51 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %15, i8* %46, i64 0) #0, !dbg !133
  %52 = icmp slt i64 %51, 0, !dbg !133
  br i1 %52, label %map.full14, label %map.stored15, !dbg !133

stat.inc11:                                       ; preds = %map.full9
  %53 = getelementptr i8, i8* %45, i64 8, !dbg !132
  %54 = bitcast i8* %53 to i64*, !dbg !132
  %55 = load i64, i64* %54, align 8, !dbg !132
  %56 = add i64 %55, 1, !dbg !132
  store i64 %56, i64* %54, align 8, !dbg !132
  br label %map.stored10, !dbg !132

map.full14:                                       ; preds = %map.stored10
  %57 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !133
  %.not44 = icmp eq i8* %57, null, !dbg !133
  br i1 %.not44, label %map.stored15, label %stat.inc16, !dbg !133

map.stored15:                                     ; preds = %map.full14, %stat.inc16, %map.stored10
  %58 = load i64, i64* %23, align 8, !dbg !134
  %59 = inttoptr i64 %58 to i8*, !dbg !134
  %60 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %46, i32 64, i8* %59) #0, !dbg !134
  %61 = icmp eq i64 %60, 64, !dbg !134
  br i1 %61, label %str.full19, label %str.done20, !dbg !134

stat.inc16:                                       ; preds = %map.full14
  %62 = getelementptr i8, i8* %57, i64 16, !dbg !133
  %63 = bitcast i8* %62 to i64*, !dbg !133
  %64 = load i64, i64* %63, align 8, !dbg !133
  %65 = add i64 %64, 1, !dbg !133
  store i64 %65, i64* %63, align 8, !dbg !133
  br label %map.stored15, !dbg !133

str.full19:                                       ; preds = %map.stored15
  %66 = getelementptr i8, i8* %1, i64 111, !dbg !134
  %67 = getelementptr i8, i8* %59, i64 63, !dbg !134
  %68 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %66, i32 1, i8* %67) #0, !dbg !134
  br label %str.done20, !dbg !134

str.done20:                                       ; preds = %str.full19, %map.stored15
  store i64 2, i64* %49, align 8, !dbg !134
  store i64 2, i64* %50, align 8, !dbg !134
  %69 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %15, i8* %46, i64 0) #0, !dbg !134
  %70 = icmp slt i64 %69, 0, !dbg !134
  br i1 %70, label %map.full21, label %map.stored22, !dbg !134

map.full21:                                       ; preds = %str.done20
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !134
  %.not43 = icmp eq i8* %71, null, !dbg !134
  br i1 %.not43, label %map.stored22, label %stat.inc23, !dbg !134

map.stored22:                                     ; preds = %map.full21, %stat.inc23, %str.done20
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %3, i8 0, i64 64, i1 false), !dbg !135
  %72 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %3, i32 16) #0, !dbg !135
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !136
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8* noundef nonnull align 8 dereferenceable(64) %3, i64 64, i1 false), !dbg !136
  store i64 0, i64* %18, align 8, !dbg !136
  %73 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !136
  %74 = icmp slt i64 %73, 0, !dbg !136
  br i1 %74, label %map.full25, label %map.stored26, !dbg !136

stat.inc23:                                       ; preds = %map.full21
  %75 = getelementptr i8, i8* %71, i64 16, !dbg !134
  %76 = bitcast i8* %75 to i64*, !dbg !134
  %77 = load i64, i64* %76, align 8, !dbg !134
  %78 = add i64 %77, 1, !dbg !134
  store i64 %78, i64* %76, align 8, !dbg !134
  br label %map.stored22, !dbg !134

map.full25:                                       ; preds = %map.stored22
  %79 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !136
  %.not42 = icmp eq i8* %79, null, !dbg !136
  br i1 %.not42, label %map.stored26, label %stat.inc27, !dbg !136

map.stored26:                                     ; preds = %map.full25, %stat.inc27, %map.stored22
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %2, i8 0, i64 64, i1 false), !dbg !137
  %80 = load i64, i64* %23, align 8, !dbg !137
  %81 = inttoptr i64 %80 to i8*, !dbg !137
  %82 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 9, i8* %81) #0, !dbg !137
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !138
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8* noundef nonnull align 8 dereferenceable(64) %2, i64 64, i1 false), !dbg !138
  store i64 0, i64* %18, align 8, !dbg !138
  %83 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !138
  %84 = icmp slt i64 %83, 0, !dbg !138
  br i1 %84, label %map.full29, label %map.stored30, !dbg !138

stat.inc27:                                       ; preds = %map.full25
  %85 = getelementptr i8, i8* %79, i64 8, !dbg !136
  %86 = bitcast i8* %85 to i64*, !dbg !136
  %87 = load i64, i64* %86, align 8, !dbg !136
  %88 = add i64 %87, 1, !dbg !136
  store i64 %88, i64* %86, align 8, !dbg !136
  br label %map.stored26, !dbg !136

map.full29:                                       ; preds = %map.stored26
  %89 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !138
  %.not41 = icmp eq i8* %89, null, !dbg !138
  br i1 %.not41, label %map.stored30, label %stat.inc31, !dbg !138

map.stored30:                                     ; preds = %map.full29, %stat.inc31, %map.stored26
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %15, i8 0, i64 64, i1 false), !dbg !139
  %90 = load i64, i64* %23, align 8, !dbg !139
  %91 = inttoptr i64 %90 to i8*, !dbg !139
  %92 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 64, i8* %91) #0, !dbg !139
  %93 = icmp eq i64 %92, 64, !dbg !139
  br i1 %93, label %str.full33, label %str.done34, !dbg !139

stat.inc31:                                       ; preds = %map.full29
  %94 = getelementptr i8, i8* %89, i64 24, !dbg !138
  %95 = bitcast i8* %94 to i64*, !dbg !138
  %96 = load i64, i64* %95, align 8, !dbg !138
  %97 = add i64 %96, 1, !dbg !138
  store i64 %97, i64* %95, align 8, !dbg !138
  br label %map.stored30, !dbg !138

str.full33:                                       ; preds = %map.stored30
  %98 = getelementptr inbounds i8, i8* %15, i64 63, !dbg !139
  %99 = getelementptr i8, i8* %91, i64 63, !dbg !139
  %100 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %98, i32 1, i8* %99) #0, !dbg !139
  br label %str.done34, !dbg !139

str.done34:                                       ; preds = %str.full33, %map.stored30
  store i64 0, i64* %18, align 8, !dbg !139
  %101 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %17, i8* nonnull %15, i64 0) #0, !dbg !139
  %102 = icmp slt i64 %101, 0, !dbg !139
  br i1 %102, label %map.full35, label %return, !dbg !139

map.full35:                                       ; preds = %str.done34
  %103 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !139
  %.not40 = icmp eq i8* %103, null, !dbg !139
  br i1 %.not40, label %return, label %stat.inc37, !dbg !139

stat.inc37:                                       ; preds = %map.full35
  %104 = getelementptr i8, i8* %103, i64 24, !dbg !139
  %105 = bitcast i8* %104 to i64*, !dbg !139
  %106 = load i64, i64* %105, align 8, !dbg !139
  %107 = add i64 %106, 1, !dbg !139
  store i64 %107, i64* %105, align 8, !dbg !139
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
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !43, size: 320, align: 8, elements: !68)
!68 = !{!69}
!69 = !DISubrange(count: 40, lowerBound: 0)
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
