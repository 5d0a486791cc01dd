; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [128 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00tracepoint:syscalls:sys_enter_read\00\00\00\00\00\00tracepoint:sched:sched_switch\00\00\00\00\00\00\00\00\00\00\00", section ".rodata", align 8, !dbg !53

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "raw_tp" !dbg !73 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !80
  %1 = icmp eq i64 %0, 0, !dbg !80
  br i1 %1, label %pid.match, label %pid.filter, !dbg !80

return:                                           ; preds = %rec.lost, %stat.inc1, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !80

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !80
  %3 = lshr i64 %2, 32, !dbg !80
  %4 = icmp eq i64 %3, %0, !dbg !80
  br i1 %4, label %pid.match, label %return, !dbg !80

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 174 to i64 (i8*)*)(i8* %ctx) #0, !dbg !80
  %6 = icmp ult i64 %5, 2, !dbg !80
  br i1 %6, label %cookie.range, label %return, !dbg !80

cookie.range:                                     ; preds = %pid.match
  %7 = mul i64 %5, 40, !dbg !80
  %8 = add i64 %7, 48, !dbg !80
  %probe.row = getelementptr [128 x i8], [128 x i8]* @tp_ro, i64 0, i64 %8, !dbg !80
  %9 = bitcast [5 x i64]* %tmp to i8*, !dbg !81
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %9, i8 0, i64 40, i1 false), !dbg !81
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(35) %9, i8* noundef nonnull align 8 dereferenceable(35) %probe.row, i64 35, i1 false), !dbg !81
  %10 = getelementptr inbounds i8, i8* %9, i64 34, !dbg !81
  store i8 0, i8* %10, align 2, !dbg !81
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !81
  %.not = icmp eq i8* %11, null, !dbg !81
  br i1 %.not, label %agg.init, label %agg.have, !dbg !81

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %12 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !82
  %13 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !82
  %.not5 = icmp eq i8* %13, null, !dbg !82
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !82

agg.have:                                         ; preds = %agg.init, %cookie.range
  %agg = phi i8* [ %11, %cookie.range ], [ %18, %agg.init ], !dbg !81
  %14 = bitcast i8* %agg to i64*, !dbg !81
  %15 = load i64, i64* %14, align 8, !dbg !81
  %16 = add i64 %15, 1, !dbg !81
  store i64 %16, i64* %14, align 8, !dbg !81
  br label %agg.done, !dbg !81

agg.init:                                         ; preds = %cookie.range
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !81
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !81
  %.not3 = icmp eq i8* %18, null, !dbg !81
  br i1 %.not3, label %agg.full, label %agg.have, !dbg !81

agg.full:                                         ; preds = %agg.init
  %19 = bitcast i32* %zero to i8*, !dbg !81
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !81
  %.not4 = icmp eq i8* %20, null, !dbg !81
  br i1 %.not4, label %agg.done, label %stat.inc, !dbg !81

stat.inc:                                         ; preds = %agg.full
  %21 = getelementptr i8, i8* %20, i64 8, !dbg !81
  %22 = bitcast i8* %21 to i64*, !dbg !81
  %23 = load i64, i64* %22, align 8, !dbg !81
  %24 = add i64 %23, 1, !dbg !81
  store i64 %24, i64* %22, align 8, !dbg !81
  br label %agg.done, !dbg !81

rec.fill:                                         ; preds = %agg.done
  %cpu = zext i32 %12 to i64, !dbg !82
  %25 = bitcast i8* %13 to i64*, !dbg !82
  store i64 1, i64* %25, align 8, !dbg !82
  %26 = getelementptr i8, i8* %13, i64 8, !dbg !82
  %27 = bitcast i8* %26 to i64*, !dbg !82
  store i64 %cpu, i64* %27, align 8, !dbg !82
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !82
  %29 = icmp ugt i64 %28, 65536, !dbg !82
  %30 = select i1 %29, i64 2, i64 1, !dbg !82
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %13, i64 %30) #0, !dbg !82
  br label %return, !dbg !82

rec.lost:                                         ; preds = %agg.done
  %31 = bitcast i32* %zero to i8*, !dbg !82
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %31) #0, !dbg !82
  %.not6 = icmp eq i8* %32, null, !dbg !82
  br i1 %.not6, label %return, label %stat.inc1, !dbg !82

stat.inc1:                                        ; preds = %rec.lost
  %33 = bitcast i8* %32 to i64*, !dbg !82
  %34 = load i64, i64* %33, align 8, !dbg !82
  %35 = add i64 %34, 1, !dbg !82
  store i64 %35, i64* %33, align 8, !dbg !82
  br label %return, !dbg !82
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp0_pe_sys_enter_read(i8* %ctx) #0 section "tracepoint" !dbg !83 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !86
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !85, metadata !DIExpression()), !dbg !86
  %zero = alloca i32, align 4, !dbg !87
  store i32 0, i32* %zero, align 4, !dbg !87
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !87
  %1 = icmp eq i64 %0, 0, !dbg !87
  br i1 %1, label %pid.match, label %pid.filter, !dbg !87

return:                                           ; preds = %rec.lost, %stat.inc1, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !87

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !87
  %3 = lshr i64 %2, 32, !dbg !87
  %4 = icmp eq i64 %3, %0, !dbg !87
  br i1 %4, label %pid.match, label %return, !dbg !87

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 174 to i64 (i8*)*)(i8* %ctx) #0, !dbg !87
  %6 = icmp ult i64 %5, 2, !dbg !87
  br i1 %6, label %cookie.range, label %return, !dbg !87

cookie.range:                                     ; preds = %pid.match
  %7 = mul i64 %5, 40, !dbg !87
  %8 = add i64 %7, 48, !dbg !87
  %probe.row = getelementptr [128 x i8], [128 x i8]* @tp_ro, i64 0, i64 %8, !dbg !87
  %9 = bitcast [5 x i64]* %tmp to i8*, !dbg !88
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %9, i8 0, i64 40, i1 false), !dbg !88
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(35) %9, i8* noundef nonnull align 8 dereferenceable(35) %probe.row, i64 35, i1 false), !dbg !88
  %10 = getelementptr inbounds i8, i8* %9, i64 34, !dbg !88
  store i8 0, i8* %10, align 2, !dbg !88
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !88
  %.not = icmp eq i8* %11, null, !dbg !88
  br i1 %.not, label %agg.init, label %agg.have, !dbg !88

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %12 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !89
  %13 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !89
  %.not5 = icmp eq i8* %13, null, !dbg !89
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !89

agg.have:                                         ; preds = %agg.init, %cookie.range
  %agg = phi i8* [ %11, %cookie.range ], [ %18, %agg.init ], !dbg !88
  %14 = bitcast i8* %agg to i64*, !dbg !88
  %15 = load i64, i64* %14, align 8, !dbg !88
  %16 = add i64 %15, 1, !dbg !88
  store i64 %16, i64* %14, align 8, !dbg !88
  br label %agg.done, !dbg !88

agg.init:                                         ; preds = %cookie.range
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !88
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %9) #0, !dbg !88
  %.not3 = icmp eq i8* %18, null, !dbg !88
  br i1 %.not3, label %agg.full, label %agg.have, !dbg !88

agg.full:                                         ; preds = %agg.init
  %19 = bitcast i32* %zero to i8*, !dbg !88
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !88
  %.not4 = icmp eq i8* %20, null, !dbg !88
  br i1 %.not4, label %agg.done, label %stat.inc, !dbg !88

stat.inc:                                         ; preds = %agg.full
  %21 = getelementptr i8, i8* %20, i64 8, !dbg !88
  %22 = bitcast i8* %21 to i64*, !dbg !88
  %23 = load i64, i64* %22, align 8, !dbg !88
  %24 = add i64 %23, 1, !dbg !88
  store i64 %24, i64* %22, align 8, !dbg !88
  br label %agg.done, !dbg !88

rec.fill:                                         ; preds = %agg.done
  %cpu = zext i32 %12 to i64, !dbg !89
  %25 = bitcast i8* %13 to i64*, !dbg !89
  store i64 1, i64* %25, align 8, !dbg !89
  %26 = getelementptr i8, i8* %13, i64 8, !dbg !89
  %27 = bitcast i8* %26 to i64*, !dbg !89
  store i64 %cpu, i64* %27, align 8, !dbg !89
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !89
  %29 = icmp ugt i64 %28, 65536, !dbg !89
  %30 = select i1 %29, i64 2, i64 1, !dbg !89
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %13, i64 %30) #0, !dbg !89
  br label %return, !dbg !89

rec.lost:                                         ; preds = %agg.done
  %31 = bitcast i32* %zero to i8*, !dbg !89
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %31) #0, !dbg !89
  %.not6 = icmp eq i8* %32, null, !dbg !89
  br i1 %.not6, label %return, label %stat.inc1, !dbg !89

stat.inc1:                                        ; preds = %rec.lost
  %33 = bitcast i8* %32 to i64*, !dbg !89
  %34 = load i64, i64* %33, align 8, !dbg !89
  %35 = add i64 %34, 1, !dbg !89
  store i64 %35, i64* %33, align 8, !dbg !89
  br label %return, !dbg !89
}

; Function Attrs: nounwind
define i32 @interval2(i8* %ctx) #0 section "perf_event" !dbg !90 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !93
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !92, metadata !DIExpression()), !dbg !93
  %zero = alloca i32, align 4, !dbg !94
  store i32 0, i32* %zero, align 4, !dbg !94
  %0 = bitcast [5 x i64]* %tmp to i8*, !dbg !95
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %0, i8 0, i64 40, i1 false), !dbg !95
  %1 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 0, !dbg !95
  store i64 7809653462537629289, i64* %1, align 8, !dbg !95
  %2 = getelementptr inbounds [5 x i64], [5 x i64]* %tmp, i64 0, i64 1, !dbg !95
  %3 = bitcast i64* %2 to i8*, !dbg !95
  store i8 58, i8* %3, align 8, !dbg !95
  %4 = getelementptr inbounds i8, i8* %0, i64 9, !dbg !95
  store i8 115, i8* %4, align 1, !dbg !95
  %5 = getelementptr inbounds i8, i8* %0, i64 10, !dbg !95
  store i8 58, i8* %5, align 2, !dbg !95
  %6 = getelementptr inbounds i8, i8* %0, i64 11, !dbg !95
  store i8 49, i8* %6, align 1, !dbg !95
  %7 = getelementptr inbounds i8, i8* %0, i64 12, !dbg !95
  store i8 0, i8* %7, align 4, !dbg !95
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0) #0, !dbg !95
  %.not = icmp eq i8* %8, null, !dbg !95
  br i1 %.not, label %agg.init, label %agg.have, !dbg !95

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %9 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !96
  %10 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !96
  %.not5 = icmp eq i8* %10, null, !dbg !96
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !96

agg.have:                                         ; preds = %agg.init, %entry
  %agg = phi i8* [ %8, %entry ], [ %15, %agg.init ], !dbg !95
  %11 = bitcast i8* %agg to i64*, !dbg !95
  %12 = load i64, i64* %11, align 8, !dbg !95
  %13 = add i64 %12, 1, !dbg !95
  store i64 %13, i64* %11, align 8, !dbg !95
  br label %agg.done, !dbg !95

agg.init:                                         ; preds = %entry
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !95
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0) #0, !dbg !95
  %.not3 = icmp eq i8* %15, null, !dbg !95
  br i1 %.not3, label %agg.full, label %agg.have, !dbg !95

agg.full:                                         ; preds = %agg.init
  %16 = bitcast i32* %zero to i8*, !dbg !95
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !95
  %.not4 = icmp eq i8* %17, null, !dbg !95
  br i1 %.not4, label %agg.done, label %stat.inc, !dbg !95

stat.inc:                                         ; preds = %agg.full
  %18 = getelementptr i8, i8* %17, i64 8, !dbg !95
  %19 = bitcast i8* %18 to i64*, !dbg !95
  %20 = load i64, i64* %19, align 8, !dbg !95
  %21 = add i64 %20, 1, !dbg !95
  store i64 %21, i64* %19, align 8, !dbg !95
  br label %agg.done, !dbg !95

rec.fill:                                         ; preds = %agg.done
  %cpu = zext i32 %9 to i64, !dbg !96
  %22 = bitcast i8* %10 to i64*, !dbg !96
  store i64 4294967297, i64* %22, align 8, !dbg !96
  %23 = getelementptr i8, i8* %10, i64 8, !dbg !96
  %24 = bitcast i8* %23 to i64*, !dbg !96
  store i64 %cpu, i64* %24, align 8, !dbg !96
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !96
  %26 = icmp ugt i64 %25, 65536, !dbg !96
  %27 = select i1 %26, i64 2, i64 1, !dbg !96
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %10, i64 %27) #0, !dbg !96
  br label %rec.done, !dbg !96

rec.lost:                                         ; preds = %agg.done
  %28 = bitcast i32* %zero to i8*, !dbg !96
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !96
  %.not6 = icmp eq i8* %29, null, !dbg !96
  br i1 %.not6, label %rec.done, label %stat.inc1, !dbg !96

rec.done:                                         ; preds = %rec.lost, %stat.inc1, %rec.fill
  ret i32 0, !dbg !94

stat.inc1:                                        ; preds = %rec.lost
  %30 = bitcast i8* %29 to i64*, !dbg !96
  %31 = load i64, i64* %30, align 8, !dbg !96
  %32 = add i64 %31, 1, !dbg !96
  store i64 %32, i64* %30, align 8, !dbg !96
  br label %rec.done, !dbg !96
}

; Function Attrs: nounwind
define i32 @end3(i8* %ctx) #0 section "raw_tp" !dbg !97 {
entry:
  %tmp = alloca [5 x i64], align 8, !dbg !100
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !99, metadata !DIExpression()), !dbg !100
  %zero = alloca i32, align 4, !dbg !101
  store i32 0, i32* %zero, align 4, !dbg !101
  %0 = bitcast [5 x i64]* %tmp to i8*, !dbg !102
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(40) %0, i8 0, i64 40, i1 false), !dbg !102
  store i8 69, i8* %0, align 8, !dbg !102
  %1 = getelementptr inbounds i8, i8* %0, i64 1, !dbg !102
  store i8 78, i8* %1, align 1, !dbg !102
  %2 = getelementptr inbounds i8, i8* %0, i64 2, !dbg !102
  store i8 68, i8* %2, align 2, !dbg !102
  %3 = getelementptr inbounds i8, i8* %0, i64 3, !dbg !102
  store i8 0, i8* %3, align 1, !dbg !102
  %4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0) #0, !dbg !102
  %.not = icmp eq i8* %4, null, !dbg !102
  br i1 %.not, label %agg.init, label %agg.have, !dbg !102

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %5 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !103
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !103
  %.not5 = icmp eq i8* %6, null, !dbg !103
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !103

agg.have:                                         ; preds = %agg.init, %entry
  %agg = phi i8* [ %4, %entry ], [ %11, %agg.init ], !dbg !102
  %7 = bitcast i8* %agg to i64*, !dbg !102
  %8 = load i64, i64* %7, align 8, !dbg !102
  %9 = add i64 %8, 1, !dbg !102
  store i64 %9, i64* %7, align 8, !dbg !102
  br label %agg.done, !dbg !102

agg.init:                                         ; preds = %entry
  %10 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0, i8* getelementptr inbounds ([128 x i8], [128 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !102
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %0) #0, !dbg !102
  %.not3 = icmp eq i8* %11, null, !dbg !102
  br i1 %.not3, label %agg.full, label %agg.have, !dbg !102

agg.full:                                         ; preds = %agg.init
  %12 = bitcast i32* %zero to i8*, !dbg !102
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %12) #0, !dbg !102
  %.not4 = icmp eq i8* %13, null, !dbg !102
  br i1 %.not4, label %agg.done, label %stat.inc, !dbg !102

stat.inc:                                         ; preds = %agg.full
  %14 = getelementptr i8, i8* %13, i64 8, !dbg !102
  %15 = bitcast i8* %14 to i64*, !dbg !102
  %16 = load i64, i64* %15, align 8, !dbg !102
  %17 = add i64 %16, 1, !dbg !102
  store i64 %17, i64* %15, align 8, !dbg !102
  br label %agg.done, !dbg !102

rec.fill:                                         ; preds = %agg.done
  %cpu = zext i32 %5 to i64, !dbg !103
  %18 = bitcast i8* %6 to i64*, !dbg !103
  store i64 8589934593, i64* %18, align 8, !dbg !103
  %19 = getelementptr i8, i8* %6, i64 8, !dbg !103
  %20 = bitcast i8* %19 to i64*, !dbg !103
  store i64 %cpu, i64* %20, align 8, !dbg !103
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !103
  %22 = icmp ugt i64 %21, 65536, !dbg !103
  %23 = select i1 %22, i64 2, i64 1, !dbg !103
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %23) #0, !dbg !103
  br label %rec.done, !dbg !103

rec.lost:                                         ; preds = %agg.done
  %24 = bitcast i32* %zero to i8*, !dbg !103
  %25 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %24) #0, !dbg !103
  %.not6 = icmp eq i8* %25, null, !dbg !103
  br i1 %.not6, label %rec.done, label %stat.inc1, !dbg !103

rec.done:                                         ; preds = %rec.lost, %stat.inc1, %rec.fill
  ret i32 0, !dbg !101

stat.inc1:                                        ; preds = %rec.lost
  %26 = bitcast i8* %25 to i64*, !dbg !103
  %27 = load i64, i64* %26, align 8, !dbg !103
  %28 = add i64 %27, 1, !dbg !103
  store i64 %28, i64* %26, align 8, !dbg !103
  br label %rec.done, !dbg !103
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!71, !72}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_multi.tp", directory: ".")
!4 = !{!0, !5, !28, !53}
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
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
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
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 320, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 280, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 280, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 35, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 1024, align: 8, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 128, lowerBound: 0)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !60)
!60 = !{!61, !66}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !62, size: 64, align: 64)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 27, lowerBound: 0)
!66 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !67, size: 64, align: 64, offset: 64)
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !68, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 262144, lowerBound: 0)
!71 = !{i32 2, !"Debug Info Version", i32 3}
!72 = !{i32 2, !"Dwarf Version", i32 4}
!73 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!74 = !DISubroutineType(types: !75)
!75 = !{!12, !76}
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !73, file: !3, line: 2, type: !76)
!79 = !DILocation(line: 2, scope: !73)
!80 = !DILocation(line: 2, column: 1, scope: !73)
!81 = !DILocation(line: 3, column: 2, scope: !73)
!82 = !DILocation(line: 4, column: 2, scope: !73)
!83 = distinct !DISubprogram(name: "tp0_pe_sys_enter_read", linkageName: "tp0_pe_sys_enter_read", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !84)
!84 = !{!85}
!85 = !DILocalVariable(name: "ctx", arg: 1, scope: !83, file: !3, line: 2, type: !76)
!86 = !DILocation(line: 2, scope: !83)
!87 = !DILocation(line: 2, column: 1, scope: !83)
!88 = !DILocation(line: 3, column: 2, scope: !83)
!89 = !DILocation(line: 4, column: 2, scope: !83)
!90 = distinct !DISubprogram(name: "interval2", linkageName: "interval2", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !91)
!91 = !{!92}
!92 = !DILocalVariable(name: "ctx", arg: 1, scope: !90, file: !3, line: 2, type: !76)
!93 = !DILocation(line: 2, scope: !90)
!94 = !DILocation(line: 2, column: 1, scope: !90)
!95 = !DILocation(line: 3, column: 2, scope: !90)
!96 = !DILocation(line: 4, column: 2, scope: !90)
!97 = distinct !DISubprogram(name: "end3", linkageName: "end3", scope: !3, file: !3, line: 2, type: !74, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !98)
!98 = !{!99}
!99 = !DILocalVariable(name: "ctx", arg: 1, scope: !97, file: !3, line: 2, type: !76)
!100 = !DILocation(line: 2, scope: !97)
!101 = !DILocation(line: 2, column: 1, scope: !97)
!102 = !DILocation(line: 3, column: 2, scope: !97)
!103 = !DILocation(line: 4, column: 2, scope: !97)
