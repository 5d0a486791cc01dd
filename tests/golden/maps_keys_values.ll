; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_k = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !43
@m_m = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !58
@m_n = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !69
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !71
@m_t = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !75
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !90
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !96

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !114 {
entry:
  %tmp25 = alloca [5 x i64], align 8, !dbg !120
  %tmp15 = alloca [5 x i64], align 8, !dbg !120
  %tmp6 = alloca [2 x i64], align 8, !dbg !120
  %tmp1 = alloca [1 x i64], align 8, !dbg !120
  %tmp = alloca [1 x i64], align 8, !dbg !120
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !119, metadata !DIExpression()), !dbg !120
  %zero = alloca i32, align 4, !dbg !121
  store i32 0, i32* %zero, align 4, !dbg !121
  %0 = bitcast i32* %zero to i8*, !dbg !121
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !121
  %.not = icmp eq i8* %1, null, !dbg !121
  br i1 %.not, label %return, label %body, !dbg !121

body:                                             ; preds = %entry
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !121
  %3 = icmp eq i64 %2, 0, !dbg !121
  br i1 %3, label %pid.match, label %pid.filter, !dbg !121

return:                                           ; preds = %rec.lost, %stat.inc28, %map.done32, %entry, %pid.filter
  ret i32 0, !dbg !121

pid.filter:                                       ; preds = %body
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !121
  %5 = lshr i64 %4, 32, !dbg !121
  %6 = icmp eq i64 %5, %2, !dbg !121
  br i1 %6, label %pid.match, label %return, !dbg !121

pid.match:                                        ; preds = %pid.filter, %body
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !122
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !122
  store i64 1, i64* %8, align 8, !dbg !122
  %9 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !122
  %10 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !122
  store i64 0, i64* %10, align 8, !dbg !122
  %11 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9, i8* nonnull %7, i64 0) #0, !dbg !122
  %12 = icmp slt i64 %11, 0, !dbg !122
  br i1 %12, label %map.full, label %map.stored, !dbg !122

map.full:                                         ; preds = %pid.match
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !122
  %.not43 = icmp eq i8* %13, null, !dbg !122
  br i1 %.not43, label %map.stored, label %stat.inc, !dbg !122

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %14 = getelementptr i8, i8* %ctx, i64 24, !dbg !123
  %15 = bitcast i8* %14 to i32*, !dbg !123
  %16 = load i32, i32* %15, align 4, !dbg !123
  %17 = sext i32 %16 to i64, !dbg !123
  store i64 %17, i64* %8, align 8, !dbg !123
  store i64 0, i64* %10, align 8, !dbg !123
  %18 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_n to i8*), i8* nonnull %9, i8* nonnull %7, i64 0) #0, !dbg !123
  %19 = icmp slt i64 %18, 0, !dbg !123
  br i1 %19, label %map.full2, label %map.stored3, !dbg !123

stat.inc:                                         ; preds = %map.full
  %20 = getelementptr i8, i8* %13, i64 8, !dbg !122
  %21 = bitcast i8* %20 to i64*, !dbg !122
  %22 = load i64, i64* %21, align 8, !dbg !122
  %23 = add i64 %22, 1, !dbg !122
  store i64 %23, i64* %21, align 8, !dbg !122
  br label %map.stored, !dbg !122

map.full2:                                        ; preds = %map.stored
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !123
  %.not42 = icmp eq i8* %24, null, !dbg !123
  br i1 %.not42, label %map.stored3, label %stat.inc4, !dbg !123

map.stored3:                                      ; preds = %map.full2, %stat.inc4, %map.stored
  %25 = bitcast [2 x i64]* %tmp6 to i8*, !dbg !124
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %25, i8 0, i64 16, i1 false), !dbg !124
  %26 = getelementptr i8, i8* %ctx, i64 8, !dbg !124
  %27 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 16, i8* %26) #0, !dbg !124
  store i64 0, i64* %10, align 8, !dbg !124
  %28 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %9, i8* nonnull %25, i64 0) #0, !dbg !124
  %29 = icmp slt i64 %28, 0, !dbg !124
  br i1 %29, label %map.full7, label %map.stored8, !dbg !124

stat.inc4:                                        ; preds = %map.full2
  %30 = getelementptr i8, i8* %24, i64 32, !dbg !123
  %31 = bitcast i8* %30 to i64*, !dbg !123
  %32 = load i64, i64* %31, align 8, !dbg !123
  %33 = add i64 %32, 1, !dbg !123
  store i64 %33, i64* %31, align 8, !dbg !123
  br label %map.stored3, !dbg !123

map.full7:                                        ; preds = %map.stored3
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !124
  %.not41 = icmp eq i8* %34, null, !dbg !124
  br i1 %.not41, label %map.stored8, label %stat.inc9, !dbg !124

map.stored8:                                      ; preds = %map.full7, %stat.inc9, %map.stored3
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %25, i8 0, i64 16, i1 false), !dbg !125
  %35 = getelementptr i8, i8* %ctx, i64 40, !dbg !125
  %36 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 16, i8* %35) #0, !dbg !125
  %37 = getelementptr i8, i8* %ctx, i64 56, !dbg !125
  %38 = bitcast i8* %37 to i32*, !dbg !125
  %39 = load i32, i32* %38, align 4, !dbg !125
  %40 = sext i32 %39 to i64, !dbg !125
  store i64 %40, i64* %10, align 8, !dbg !125
  %41 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %9, i8* nonnull %25, i64 0) #0, !dbg !125
  %42 = icmp slt i64 %41, 0, !dbg !125
  br i1 %42, label %map.full11, label %map.stored12, !dbg !125

stat.inc9:                                        ; preds = %map.full7
  %43 = getelementptr i8, i8* %34, i64 40, !dbg !124
  %44 = bitcast i8* %43 to i64*, !dbg !124
  %45 = load i64, i64* %44, align 8, !dbg !124
  %46 = add i64 %45, 1, !dbg !124
  store i64 %46, i64* %44, align 8, !dbg !124
  br label %map.stored8, !dbg !124

map.full11:                                       ; preds = %map.stored8
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !125
  %.not40 = icmp eq i8* %47, null, !dbg !125
  br i1 %.not40, label %map.stored12, label %stat.inc13, !dbg !125

map.stored12:                                     ; preds = %map.full11, %stat.inc13, %map.stored8
  %48 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !126
  %49 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp6, i64 0, i64 0, !dbg !126
  store i64 %48, i64* %49, align 8, !dbg !126
  %50 = bitcast [5 x i64]* %tmp15 to i8*, !dbg !126
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %50, i8 0, i64 40, i1 false), !dbg !126
  %51 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %50, i32 16, i8* %26) #0, !dbg !126
  %52 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp15, i64 0, i64 2, !dbg !126
  %53 = bitcast i64* %52 to i8*, !dbg !126
  %54 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %53, i32 16, i8* %35) #0, !dbg !126
  %55 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !126
  %cpu = zext i32 %55 to i64, !dbg !126
  %56 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp15, i64 0, i64 4, !dbg !126
  store i64 %cpu, i64* %56, align 8, !dbg !126
  %57 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %50, i8* nonnull %25, i64 0) #0, !dbg !126
  %58 = icmp slt i64 %57, 0, !dbg !126
  br i1 %58, label %map.full16, label %map.stored17, !dbg !126

stat.inc13:                                       ; preds = %map.full11
  %59 = getelementptr i8, i8* %47, i64 24, !dbg !125
  %60 = bitcast i8* %59 to i64*, !dbg !125
  %61 = load i64, i64* %60, align 8, !dbg !125
  %62 = add i64 %61, 1, !dbg !125
  store i64 %62, i64* %60, align 8, !dbg !125
  br label %map.stored12, !dbg !125

map.full16:                                       ; preds = %map.stored12
  %63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !126
  %.not39 = icmp eq i8* %63, null, !dbg !126
  br i1 %.not39, label %map.stored17, label %stat.inc18, !dbg !126

map.stored17:                                     ; preds = %map.full16, %stat.inc18, %map.stored12
  %64 = load i32, i32* %15, align 4, !dbg !127
  %65 = sext i32 %64 to i64, !dbg !127
  %66 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp15, i64 0, i64 0, !dbg !127
  store i64 %65, i64* %66, align 8, !dbg !127
  %67 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp15, i64 0, i64 1, !dbg !127
  %68 = bitcast i64* %67 to i8*, !dbg !127
  %69 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %68, i32 16, i8* %35) #0, !dbg !127
  %70 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !127
  %cpu20 = zext i32 %70 to i64, !dbg !127
  store i64 %cpu20, i64* %49, align 8, !dbg !127
  %71 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_t to i8*), i8* nonnull %25, i8* nonnull %50, i64 0) #0, !dbg !127
  %72 = icmp slt i64 %71, 0, !dbg !127
  br i1 %72, label %map.full21, label %map.stored22, !dbg !127

stat.inc18:                                       ; preds = %map.full16
  %73 = getelementptr i8, i8* %63, i64 16, !dbg !126
  %74 = bitcast i8* %73 to i64*, !dbg !126
  %75 = load i64, i64* %74, align 8, !dbg !126
  %76 = add i64 %75, 1, !dbg !126
  store i64 %76, i64* %74, align 8, !dbg !126
  br label %map.stored17, !dbg !126

map.full21:                                       ; preds = %map.stored17
  %77 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !127
  %.not38 = icmp eq i8* %77, null, !dbg !127
  br i1 %.not38, label %map.stored22, label %stat.inc23, !dbg !127

map.stored22:                                     ; preds = %map.full21, %stat.inc23, %map.stored17
  store i64 1, i64* %66, align 8, !dbg !128
  %78 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_m to i8*), i8* nonnull %50) #0, !dbg !128
  %.not33 = icmp eq i8* %78, null, !dbg !128
  br i1 %.not33, label %map.none, label %map.read, !dbg !128

stat.inc23:                                       ; preds = %map.full21
  %79 = getelementptr i8, i8* %77, i64 48, !dbg !127
  %80 = bitcast i8* %79 to i64*, !dbg !127
  %81 = load i64, i64* %80, align 8, !dbg !127
  %82 = add i64 %81, 1, !dbg !127
  store i64 %82, i64* %80, align 8, !dbg !127
  br label %map.stored22, !dbg !127

map.read:                                         ; preds = %map.stored22
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %1, i8* noundef nonnull align 1 dereferenceable(16) %78, i64 16, i1 false), !dbg !128
  br label %map.done, !dbg !128

map.none:                                         ; preds = %map.stored22
  store i8 0, i8* %1, align 1, !dbg !128
  br label %map.done, !dbg !128

map.done:                                         ; preds = %map.none, %map.read
  %83 = load i8, i8* %1, align 1, !dbg !128
  %84 = xor i8 %83, 105, !dbg !128
  %85 = getelementptr i8, i8* %1, i64 1, !dbg !128
  %86 = load i8, i8* %85, align 1, !dbg !128
  %87 = xor i8 %86, 110, !dbg !128
  %88 = or i8 %84, %87, !dbg !128
  %89 = getelementptr i8, i8* %1, i64 2, !dbg !128
  %90 = load i8, i8* %89, align 1, !dbg !128
  %91 = xor i8 %90, 105, !dbg !128
  %92 = or i8 %88, %91, !dbg !128
  %93 = getelementptr i8, i8* %1, i64 3, !dbg !128
  %94 = load i8, i8* %93, align 1, !dbg !128
  %95 = xor i8 %94, 116, !dbg !128
  %96 = or i8 %92, %95, !dbg !128
  %97 = getelementptr i8, i8* %1, i64 4, !dbg !128
  %98 = load i8, i8* %97, align 1, !dbg !128
  %99 = or i8 %96, %98, !dbg !128
  %streq = icmp eq i8 %99, 0, !dbg !128
  %100 = zext i1 %streq to i64, !dbg !128
  %101 = bitcast [5 x i64]* %tmp25 to i8*, !dbg !128
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %101, i8 0, i64 40, i1 false), !dbg !128
  store i8 97, i8* %101, align 8, !dbg !128
  %102 = getelementptr inbounds i8, i8* %101, i64 1, !dbg !128
  store i8 0, i8* %102, align 1, !dbg !128
  %103 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp25, i64 0, i64 2, !dbg !128
  %104 = bitcast i64* %103 to i8*, !dbg !128
  store i8 98, i8* %104, align 8, !dbg !128
  %105 = getelementptr inbounds i8, i8* %104, i64 1, !dbg !128
  store i8 0, i8* %105, align 1, !dbg !128
  %106 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp25, i64 0, i64 4, !dbg !128
  store i64 0, i64* %106, align 8, !dbg !128
  %107 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %101) #0, !dbg !128
  %.not34 = icmp eq i8* %107, null, !dbg !128
  br i1 %.not34, label %map.done27, label %map.read26, !dbg !128

map.read26:                                       ; preds = %map.done
  %108 = bitcast i8* %107 to i64*, !dbg !128
  %109 = load i64, i64* %108, align 8, !dbg !128
  br label %map.done27, !dbg !128

map.done27:                                       ; preds = %map.read26, %map.done
  %110 = phi i64 [ 0, %map.done ], [ %109, %map.read26 ], !dbg !128
  %111 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !128
  %.not35 = icmp eq i8* %111, null, !dbg !128
  br i1 %.not35, label %rec.lost, label %rec.fill, !dbg !128

rec.fill:                                         ; preds = %map.done27
  %112 = bitcast i8* %111 to i64*, !dbg !128
  store i64 1, i64* %112, align 8, !dbg !128
  %113 = getelementptr i8, i8* %111, i64 8, !dbg !128
  %114 = bitcast i8* %113 to i64*, !dbg !128
  store i64 %100, i64* %114, align 8, !dbg !128
  %115 = getelementptr i8, i8* %111, i64 16, !dbg !128
  store i64 0, i64* %8, align 8, !dbg !128
  %116 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %7) #0, !dbg !128
  %.not37 = icmp eq i8* %116, null, !dbg !128
  br i1 %.not37, label %map.none31, label %map.read30, !dbg !128

rec.lost:                                         ; preds = %map.done27
  %117 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !128
  %.not36 = icmp eq i8* %117, null, !dbg !128
  br i1 %.not36, label %return, label %stat.inc28, !dbg !128

stat.inc28:                                       ; preds = %rec.lost
  %118 = bitcast i8* %117 to i64*, !dbg !128
  %119 = load i64, i64* %118, align 8, !dbg !128
  %120 = add i64 %119, 1, !dbg !128
  store i64 %120, i64* %118, align 8, !dbg !128
  br label %return, !dbg !128

map.read30:                                       ; preds = %rec.fill
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(16) %115, i8* noundef nonnull align 1 dereferenceable(16) %116, i64 16, i1 false), !dbg !128
  br label %map.done32, !dbg !128

map.none31:                                       ; preds = %rec.fill
  store i8 0, i8* %115, align 1, !dbg !128
  br label %map.done32, !dbg !128

map.done32:                                       ; preds = %map.none31, %map.read30
  %121 = getelementptr i8, i8* %111, i64 32, !dbg !128
  %122 = bitcast i8* %121 to i64*, !dbg !128
  store i64 %110, i64* %122, align 8, !dbg !128
  %123 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !128
  %124 = icmp ugt i64 %123, 65536, !dbg !128
  %125 = select i1 %124, i64 2, i64 1, !dbg !128
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %111, i64 %125) #0, !dbg !128
  br label %return, !dbg !128
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!112, !113}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !100, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "maps_keys_values.tp", directory: ".")
!4 = !{!0, !5, !28, !43, !58, !69, !71, !75, !90, !96}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 448, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 7, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
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
!42 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "m_k", linkageName: "m_k", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !46)
!46 = !{!32, !33, !47, !40}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 128)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 320, align: 64, elements: !50)
!50 = !{!51, !56, !57}
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !52, size: 128, align: 8)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 128, align: 8, elements: !54)
!53 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!54 = !{!55}
!55 = !DISubrange(count: 16, lowerBound: 0)
!56 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !52, size: 128, align: 8, offset: 128)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "k2", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 256)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "m_m", linkageName: "m_m", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !61)
!61 = !{!32, !33, !62, !67}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !63, size: 64, align: 64, offset: 128)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !65)
!65 = !{!66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !42, size: 64, align: 8)
!67 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !68, size: 64, align: 64, offset: 192)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DIGlobalVariableExpression(var: !70, expr: !DIExpression())
!70 = distinct !DIGlobalVariable(name: "m_n", linkageName: "m_n", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !73, isLocal: false, isDefinition: true, align: 64)
!73 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !74)
!74 = !{!32, !33, !38, !67}
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "m_t", linkageName: "m_t", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!77 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !78)
!78 = !{!32, !33, !79, !84}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !80, size: 64, align: 64, offset: 128)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !82)
!82 = !{!83}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !85, size: 64, align: 64, offset: 192)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !87)
!87 = !{!88, !89}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "v0", scope: !3, file: !3, baseType: !42, size: 64, align: 8)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "v1", scope: !3, file: !3, baseType: !52, size: 128, align: 8, offset: 64)
!90 = !DIGlobalVariableExpression(var: !91, expr: !DIExpression())
!91 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !92, isLocal: false, isDefinition: true, align: 64)
!92 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !93)
!93 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 320, align: 8, elements: !94)
!94 = !{!95}
!95 = !DISubrange(count: 40, lowerBound: 0)
!96 = !DIGlobalVariableExpression(var: !97, expr: !DIExpression())
!97 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !98, isLocal: false, isDefinition: true, align: 64)
!98 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !99)
!99 = !{!9, !15, !20, !67}
!100 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !101)
!101 = !{!102, !107}
!102 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !103, size: 64, align: 64)
!103 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !104, size: 64, align: 64, dwarfAddressSpace: 0)
!104 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !105)
!105 = !{!106}
!106 = !DISubrange(count: 27, lowerBound: 0)
!107 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !108, size: 64, align: 64, offset: 64)
!108 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !109, size: 64, align: 64, dwarfAddressSpace: 0)
!109 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !110)
!110 = !{!111}
!111 = !DISubrange(count: 262144, lowerBound: 0)
!112 = !{i32 2, !"Debug Info Version", i32 3}
!113 = !{i32 2, !"Dwarf Version", i32 4}
!114 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !115, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !118)
!115 = !DISubroutineType(types: !116)
!116 = !{!12, !117}
!117 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!118 = !{!119}
!119 = !DILocalVariable(name: "ctx", arg: 1, scope: !114, file: !3, line: 2, type: !117)
!120 = !DILocation(line: 2, scope: !114)
!121 = !DILocation(line: 2, column: 1, scope: !114)
!122 = !DILocation(line: 3, column: 2, scope: !114)
!123 = !DILocation(line: 4, column: 2, scope: !114)
!124 = !DILocation(line: 5, column: 2, scope: !114)
!125 = !DILocation(line: 6, column: 2, scope: !114)
!126 = !DILocation(line: 7, column: 2, scope: !114)
!127 = !DILocation(line: 8, column: 2, scope: !114)
!128 = !DILocation(line: 9, column: 2, scope: !114)
