; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_k = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_v = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !53
@tp_ro = constant [440 x i8] zeroinitializer, section ".rodata", align 8, !dbg !65
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !71
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !85

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !108 {
entry:
  %tmp4 = alloca [1 x i64], align 8, !dbg !114
  %tmp2 = alloca [2 x i64], align 8, !dbg !114
  %tmp1 = alloca [6 x i64], align 8, !dbg !114
  %tmp = alloca [1 x i64], align 8, !dbg !114
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !113, metadata !DIExpression()), !dbg !114
  %zero = alloca i32, align 4, !dbg !115
  store i32 0, i32* %zero, align 4, !dbg !115
  %0 = bitcast i32* %zero to i8*, !dbg !115
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !115
  %.not = icmp eq i8* %1, null, !dbg !115
  br i1 %.not, label %return, label %body, !dbg !115

body:                                             ; preds = %entry
  store i8 0, i8* %1, align 1, !dbg !115
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !115
  %3 = icmp eq i64 %2, 0, !dbg !115
  br i1 %3, label %pid.match, label %pid.filter, !dbg !115

return:                                           ; preds = %rec.lost, %stat.inc9, %map.done, %entry, %cold.fill, %cold.keep, %pid.filter
  ret i32 0, !dbg !115

pid.filter:                                       ; preds = %body
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !115
  %5 = lshr i64 %4, 32, !dbg !115
  %6 = icmp eq i64 %5, %2, !dbg !115
  br i1 %6, label %pid.match, label %return, !dbg !115

pid.match:                                        ; preds = %pid.filter, %body
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !115
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !115
  %9 = bitcast i8* %8 to i64*, !dbg !115
  %10 = load i64, i64* %9, align 8, !dbg !115
  %11 = inttoptr i64 %10 to i8*, !dbg !115
  %12 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 1, i8* %11) #0, !dbg !115
  %13 = icmp slt i64 %12, 0, !dbg !115
  %14 = icmp ne i64 %10, 0, !dbg !115
  %15 = and i1 %14, %13, !dbg !115
  br i1 %15, label %cold.keep, label %cold.no, !dbg !115

cold.keep:                                        ; preds = %pid.match
  %16 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !115
  %17 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !115
  %18 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !115
  %19 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !115
  store i64 %18, i64* %19, align 8, !dbg !115
  %20 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !115
  store i64 0, i64* %20, align 8, !dbg !115
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %16, i8 0, i64 48, i1 false), !dbg !115
  %21 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %17, i8* nonnull %16, i64 0) #0, !dbg !115
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %17) #0, !dbg !115
  %.not19 = icmp eq i8* %22, null, !dbg !115
  br i1 %.not19, label %return, label %cold.fill, !dbg !115

cold.no:                                          ; preds = %pid.match
  %23 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !116
  %24 = load i64, i64* %9, align 8, !dbg !116
  %25 = inttoptr i64 %24 to i8*, !dbg !116
  %26 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 400, i8* %25) #0, !dbg !116
  %27 = icmp eq i64 %26, 400, !dbg !116
  br i1 %27, label %str.full, label %str.done, !dbg !116

cold.fill:                                        ; preds = %cold.keep
  %28 = load i64, i64* %9, align 8, !dbg !115
  %29 = getelementptr i8, i8* %22, i64 24, !dbg !115
  %30 = bitcast i8* %29 to i64*, !dbg !115
  store i64 %28, i64* %30, align 8, !dbg !115
  br label %return, !dbg !115

str.full:                                         ; preds = %cold.no
  %31 = getelementptr i8, i8* %1, i64 399, !dbg !116
  %32 = getelementptr i8, i8* %25, i64 399, !dbg !116
  %33 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %31, i32 1, i8* %32) #0, !dbg !116
  br label %str.done, !dbg !116

str.done:                                         ; preds = %str.full, %cold.no
  %34 = getelementptr i8, i8* %1, i64 400, !dbg !117
  %35 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !117
  %36 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* nonnull %1) #0, !dbg !117
  %37 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !117
  %38 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !117
  %tid = and i64 %38, 4294967295, !dbg !117
  %39 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !117
  store i64 %tid, i64* %39, align 8, !dbg !117
  %40 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %37, i8* %34, i64 0) #0, !dbg !117
  %41 = icmp slt i64 %40, 0, !dbg !117
  br i1 %41, label %map.full, label %map.stored, !dbg !117

map.full:                                         ; preds = %str.done
  %42 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !117
  %.not18 = icmp eq i8* %42, null, !dbg !117
  br i1 %.not18, label %map.stored, label %stat.inc, !dbg !117

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  %43 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !118
  %44 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* nonnull %1) #0, !dbg !118
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %34) #0, !dbg !118
  %.not12 = icmp eq i8* %45, null, !dbg !118
  br i1 %.not12, label %agg.init, label %agg.have, !dbg !118

stat.inc:                                         ; preds = %map.full
  %46 = getelementptr i8, i8* %42, i64 16, !dbg !117
  %47 = bitcast i8* %46 to i64*, !dbg !117
  %48 = load i64, i64* %47, align 8, !dbg !117
  %49 = add i64 %48, 1, !dbg !117
  store i64 %49, i64* %47, align 8, !dbg !117
  br label %map.stored, !dbg !117

agg.done:                                         ; preds = %agg.full, %stat.inc6, %agg.have
  %50 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !119
  %51 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %34, i32 400, i8* nonnull %1) #0, !dbg !119
  %52 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %34) #0, !dbg !119
  %53 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 808, i64 0) #0, !dbg !120
  %.not15 = icmp eq i8* %53, null, !dbg !120
  br i1 %.not15, label %rec.lost, label %rec.fill, !dbg !120

agg.have:                                         ; preds = %agg.init, %map.stored
  %agg = phi i8* [ %45, %map.stored ], [ %58, %agg.init ], !dbg !118
  %54 = bitcast i8* %agg to i64*, !dbg !118
  %55 = load i64, i64* %54, align 8, !dbg !118
  %56 = add i64 %55, 1, !dbg !118
  store i64 %56, i64* %54, align 8, !dbg !118
  br label %agg.done, !dbg !118

agg.init:                                         ; preds = %map.stored
  %57 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %34, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !118
  %58 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %34) #0, !dbg !118
  %.not13 = icmp eq i8* %58, null, !dbg !118
  br i1 %.not13, label %agg.full, label %agg.have, !dbg !118

agg.full:                                         ; preds = %agg.init
  %59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !118
  %.not14 = icmp eq i8* %59, null, !dbg !118
  br i1 %.not14, label %agg.done, label %stat.inc6, !dbg !118

stat.inc6:                                        ; preds = %agg.full
  %60 = getelementptr i8, i8* %59, i64 8, !dbg !118
  %61 = bitcast i8* %60 to i64*, !dbg !118
  %62 = load i64, i64* %61, align 8, !dbg !118
  %63 = add i64 %62, 1, !dbg !118
  store i64 %63, i64* %61, align 8, !dbg !118
  br label %agg.done, !dbg !118

rec.fill:                                         ; preds = %agg.done
  %64 = bitcast i8* %53 to i64*, !dbg !120
  store i64 1, i64* %64, align 8, !dbg !120
  %65 = getelementptr i8, i8* %53, i64 8, !dbg !120
  %66 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %65, i32 400, i8* nonnull %1) #0, !dbg !120
  %67 = getelementptr i8, i8* %53, i64 408, !dbg !120
  %68 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !120
  %tid11 = and i64 %68, 4294967295, !dbg !120
  store i64 %tid11, i64* %39, align 8, !dbg !120
  %69 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %37) #0, !dbg !120
  %.not17 = icmp eq i8* %69, null, !dbg !120
  br i1 %.not17, label %map.none, label %map.read, !dbg !120

rec.lost:                                         ; preds = %agg.done
  %70 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !120
  %.not16 = icmp eq i8* %70, null, !dbg !120
  br i1 %.not16, label %return, label %stat.inc9, !dbg !120

stat.inc9:                                        ; preds = %rec.lost
  %71 = bitcast i8* %70 to i64*, !dbg !120
  %72 = load i64, i64* %71, align 8, !dbg !120
  %73 = add i64 %72, 1, !dbg !120
  store i64 %73, i64* %71, align 8, !dbg !120
  br label %return, !dbg !120

map.read:                                         ; preds = %rec.fill
  %74 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %67, i32 400, i8* nonnull %69) #0, !dbg !120
  br label %map.done, !dbg !120

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %67, align 1, !dbg !120
  br label %map.done, !dbg !120

map.done:                                         ; preds = %map.none, %map.read
  %75 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !120
  %76 = icmp ugt i64 %75, 65536, !dbg !120
  %77 = select i1 %76, i64 2, i64 1, !dbg !120
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %53, i64 %77) #0, !dbg !120
  br label %return, !dbg !120
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !121 {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !124
  %tmp = alloca [2 x i64], align 8, !dbg !124
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !123, metadata !DIExpression()), !dbg !124
  %zero = alloca i32, align 4, !dbg !125
  store i32 0, i32* %zero, align 4, !dbg !125
  %0 = bitcast i32* %zero to i8*, !dbg !125
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !125
  %.not = icmp eq i8* %1, null, !dbg !125
  br i1 %.not, label %return, label %body, !dbg !125

body:                                             ; preds = %entry
  store i8 0, i8* %1, align 1, !dbg !125
  %2 = bitcast [2 x i64]* %tmp to i8*, !dbg !125
  %3 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !125
  %4 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !125
  store i64 %3, i64* %4, align 8, !dbg !125
  %5 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !125
  store i64 0, i64* %5, align 8, !dbg !125
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !125
  %.not11 = icmp eq i8* %6, null, !dbg !125
  br i1 %.not11, label %return, label %cold.kept, !dbg !125

return:                                           ; preds = %rec.lost, %stat.inc8, %map.done, %entry, %pid.filter, %body
  ret i32 0, !dbg !125

cold.kept:                                        ; preds = %body
  %7 = getelementptr i8, i8* %1, i64 400, !dbg !125
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(48) %7, i8* noundef nonnull align 1 dereferenceable(48) %6, i64 48, i1 false), !dbg !125
  %8 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %2) #0, !dbg !125
  %9 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !125
  %10 = icmp eq i64 %9, 0, !dbg !125
  br i1 %10, label %pid.match, label %pid.filter, !dbg !125

pid.filter:                                       ; preds = %cold.kept
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !125
  %12 = lshr i64 %11, 32, !dbg !125
  %13 = icmp eq i64 %12, %9, !dbg !125
  br i1 %13, label %pid.match, label %return, !dbg !125

pid.match:                                        ; preds = %pid.filter, %cold.kept
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !126
  %15 = getelementptr i8, i8* %1, i64 424, !dbg !126
  %16 = bitcast i8* %15 to i64*, !dbg !126
  %17 = load i64, i64* %16, align 8, !dbg !126
  %18 = inttoptr i64 %17 to i8*, !dbg !126
  %19 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 400, i8* %18) #0, !dbg !126
  %20 = icmp eq i64 %19, 400, !dbg !126
  br i1 %20, label %str.full, label %str.done, !dbg !126

str.full:                                         ; preds = %pid.match
  %21 = getelementptr i8, i8* %1, i64 399, !dbg !126
  %22 = getelementptr i8, i8* %18, i64 399, !dbg !126
  %23 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* %21, i32 1, i8* %22) #0, !dbg !126
  br label %str.done, !dbg !126

str.done:                                         ; preds = %str.full, %pid.match
  %24 = getelementptr i8, i8* %1, i64 448, !dbg !127
  %25 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !127
  %26 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* nonnull %1) #0, !dbg !127
  %27 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !127
  %28 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !127
  %tid = and i64 %28, 4294967295, !dbg !127
  %29 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !127
  store i64 %tid, i64* %29, align 8, !dbg !127
  %30 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %27, i8* %24, i64 0) #0, !dbg !127
  %31 = icmp slt i64 %30, 0, !dbg !127
  br i1 %31, label %map.full, label %map.stored, !dbg !127

map.full:                                         ; preds = %str.done
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !127
  %.not18 = icmp eq i8* %32, null, !dbg !127
  br i1 %.not18, label %map.stored, label %stat.inc, !dbg !127

map.stored:                                       ; preds = %map.full, %stat.inc, %str.done
  %33 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !128
  %34 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* nonnull %1) #0, !dbg !128
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %24) #0, !dbg !128
  %.not12 = icmp eq i8* %35, null, !dbg !128
  br i1 %.not12, label %agg.init, label %agg.have, !dbg !128

stat.inc:                                         ; preds = %map.full
  %36 = getelementptr i8, i8* %32, i64 16, !dbg !127
  %37 = bitcast i8* %36 to i64*, !dbg !127
  %38 = load i64, i64* %37, align 8, !dbg !127
  %39 = add i64 %38, 1, !dbg !127
  store i64 %39, i64* %37, align 8, !dbg !127
  br label %map.stored, !dbg !127

agg.done:                                         ; preds = %agg.full, %stat.inc5, %agg.have
  %40 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40)) #0, !dbg !129
  %41 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %24, i32 400, i8* nonnull %1) #0, !dbg !129
  %42 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %24) #0, !dbg !129
  %43 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 808, i64 0) #0, !dbg !130
  %.not15 = icmp eq i8* %43, null, !dbg !130
  br i1 %.not15, label %rec.lost, label %rec.fill, !dbg !130

agg.have:                                         ; preds = %agg.init, %map.stored
  %agg = phi i8* [ %35, %map.stored ], [ %48, %agg.init ], !dbg !128
  %44 = bitcast i8* %agg to i64*, !dbg !128
  %45 = load i64, i64* %44, align 8, !dbg !128
  %46 = add i64 %45, 1, !dbg !128
  store i64 %46, i64* %44, align 8, !dbg !128
  br label %agg.done, !dbg !128

agg.init:                                         ; preds = %map.stored
  %47 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %24, i8* getelementptr inbounds ([440 x i8], [440 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !128
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %24) #0, !dbg !128
  %.not13 = icmp eq i8* %48, null, !dbg !128
  br i1 %.not13, label %agg.full, label %agg.have, !dbg !128

agg.full:                                         ; preds = %agg.init
  %49 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !128
  %.not14 = icmp eq i8* %49, null, !dbg !128
  br i1 %.not14, label %agg.done, label %stat.inc5, !dbg !128

stat.inc5:                                        ; preds = %agg.full
  %50 = getelementptr i8, i8* %49, i64 8, !dbg !128
  %51 = bitcast i8* %50 to i64*, !dbg !128
  %52 = load i64, i64* %51, align 8, !dbg !128
  %53 = add i64 %52, 1, !dbg !128
  store i64 %53, i64* %51, align 8, !dbg !128
  br label %agg.done, !dbg !128

rec.fill:                                         ; preds = %agg.done
  %54 = bitcast i8* %43 to i64*, !dbg !130
  store i64 1, i64* %54, align 8, !dbg !130
  %55 = getelementptr i8, i8* %43, i64 8, !dbg !130
  %56 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %55, i32 400, i8* nonnull %1) #0, !dbg !130
  %57 = getelementptr i8, i8* %43, i64 408, !dbg !130
  %58 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !130
  %tid10 = and i64 %58, 4294967295, !dbg !130
  store i64 %tid10, i64* %29, align 8, !dbg !130
  %59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %27) #0, !dbg !130
  %.not17 = icmp eq i8* %59, null, !dbg !130
  br i1 %.not17, label %map.none, label %map.read, !dbg !130

rec.lost:                                         ; preds = %agg.done
  %60 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !130
  %.not16 = icmp eq i8* %60, null, !dbg !130
  br i1 %.not16, label %return, label %stat.inc8, !dbg !130

stat.inc8:                                        ; preds = %rec.lost
  %61 = bitcast i8* %60 to i64*, !dbg !130
  %62 = load i64, i64* %61, align 8, !dbg !130
  %63 = add i64 %62, 1, !dbg !130
  store i64 %63, i64* %61, align 8, !dbg !130
  br label %return, !dbg !130

map.read:                                         ; preds = %rec.fill
  %64 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %57, i32 400, i8* nonnull %59) #0, !dbg !130
  br label %map.done, !dbg !130

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %57, align 1, !dbg !130
  br label %map.done, !dbg !130

map.done:                                         ; preds = %map.none, %map.read
  %65 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !130
  %66 = icmp ugt i64 %65, 65536, !dbg !130
  %67 = select i1 %66, i64 2, i64 1, !dbg !130
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %43, i64 %67) #0, !dbg !130
  br label %return, !dbg !130
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!106, !107}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !94, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_large.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !65, !71, !85}
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
!29 = distinct !DIGlobalVariable(name: "m_k", linkageName: "m_k", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 3200, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 3200, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 3200, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 400, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "m_v", linkageName: "m_v", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !56)
!56 = !{!57, !37, !58, !63}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !59, size: 64, align: 64, offset: 128)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 192)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DIGlobalVariableExpression(var: !66, expr: !DIExpression())
!66 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !67, isLocal: false, isDefinition: true, align: 64)
!67 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !68)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 3520, align: 8, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 440, lowerBound: 0)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !73, isLocal: false, isDefinition: true, align: 64)
!73 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !74)
!74 = !{!57, !37, !75, !80}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !76, size: 64, align: 64, offset: 128)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 2, lowerBound: 0)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !81, size: 64, align: 64, offset: 192)
!81 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !82, size: 64, align: 64, dwarfAddressSpace: 0)
!82 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !83)
!83 = !{!84}
!84 = !DISubrange(count: 48, lowerBound: 0)
!85 = !DIGlobalVariableExpression(var: !86, expr: !DIExpression())
!86 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !87, isLocal: false, isDefinition: true, align: 64)
!87 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !88)
!88 = !{!9, !15, !20, !89}
!89 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !90, size: 64, align: 64, offset: 192)
!90 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !91, size: 64, align: 64, dwarfAddressSpace: 0)
!91 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 6784, align: 8, elements: !92)
!92 = !{!93}
!93 = !DISubrange(count: 848, lowerBound: 0)
!94 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !95)
!95 = !{!96, !101}
!96 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !97, size: 64, align: 64)
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !98, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !99)
!99 = !{!100}
!100 = !DISubrange(count: 27, lowerBound: 0)
!101 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !102, size: 64, align: 64, offset: 64)
!102 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !103, size: 64, align: 64, dwarfAddressSpace: 0)
!103 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !104)
!104 = !{!105}
!105 = !DISubrange(count: 262144, lowerBound: 0)
!106 = !{i32 2, !"Debug Info Version", i32 3}
!107 = !{i32 2, !"Dwarf Version", i32 4}
!108 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 4, type: !109, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !112)
!109 = !DISubroutineType(types: !110)
!110 = !{!12, !111}
!111 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!112 = !{!113}
!113 = !DILocalVariable(name: "ctx", arg: 1, scope: !108, file: !3, line: 4, type: !111)
!114 = !DILocation(line: 4, scope: !108)
!115 = !DILocation(line: 4, column: 1, scope: !108)
!116 = !DILocation(line: 5, column: 2, scope: !108)
!117 = !DILocation(line: 6, column: 2, scope: !108)
!118 = !DILocation(line: 7, column: 2, scope: !108)
!119 = !DILocation(line: 8, column: 2, scope: !108)
!120 = !DILocation(line: 9, column: 2, scope: !108)
!121 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 4, type: !109, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !122)
!122 = !{!123}
!123 = !DILocalVariable(name: "ctx", arg: 1, scope: !121, file: !3, line: 4, type: !111)
!124 = !DILocation(line: 4, scope: !121)
!125 = !DILocation(line: 4, column: 1, scope: !121)
!126 = !DILocation(line: 5, column: 2, scope: !121)
!127 = !DILocation(line: 6, column: 2, scope: !121)
!128 = !DILocation(line: 7, column: 2, scope: !121)
!129 = !DILocation(line: 8, column: 2, scope: !121)
!130 = !DILocation(line: 9, column: 2, scope: !121)
