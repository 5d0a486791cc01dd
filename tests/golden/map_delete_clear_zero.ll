; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_k = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@m_lat = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !57
@m_start = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !66
@tp_ro = constant [576 x i8] zeroinitializer, section ".rodata", align 8, !dbg !74

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !94 {
entry:
  %tmp2 = alloca [3 x i64], align 8, !dbg !100
  %tmp1 = alloca [1 x i64], align 8, !dbg !100
  %tmp = alloca [1 x i64], align 8, !dbg !100
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !99, metadata !DIExpression()), !dbg !100
  %zero = alloca i32, align 4, !dbg !101
  store i32 0, i32* %zero, align 4, !dbg !101
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !101
  %1 = icmp eq i64 %0, 0, !dbg !101
  br i1 %1, label %pid.match, label %pid.filter, !dbg !101

return:                                           ; preds = %map.full3, %stat.inc5, %agg.done, %pid.filter
  ret i32 0, !dbg !101

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !101
  %3 = lshr i64 %2, 32, !dbg !101
  %4 = icmp eq i64 %3, %0, !dbg !101
  br i1 %4, label %pid.match, label %return, !dbg !101

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !102
  %6 = bitcast [1 x i64]* %tmp to i8*, !dbg !102
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !102
  store i64 %5, i64* %7, align 8, !dbg !102
  %8 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !102
  %9 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %tid = and i64 %9, 4294967295, !dbg !102
  %10 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !102
  store i64 %tid, i64* %10, align 8, !dbg !102
  %11 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %8, i8* nonnull %6, i64 0) #0, !dbg !102
  %12 = icmp slt i64 %11, 0, !dbg !102
  br i1 %12, label %map.full, label %map.stored, !dbg !102

map.full:                                         ; preds = %pid.match
  %13 = bitcast i32* %zero to i8*, !dbg !102
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %13) #0, !dbg !102
  %.not8 = icmp eq i8* %14, null, !dbg !102
  br i1 %.not8, label %map.stored, label %stat.inc, !dbg !102

map.stored:                                       ; preds = %map.full, %stat.inc, %pid.match
  %15 = bitcast [1 x i64]* %tmp to i32*, !dbg !103
  store i32 0, i32* %15, align 8, !dbg !103
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %6) #0, !dbg !103
  %.not = icmp eq i8* %16, null, !dbg !103
  br i1 %.not, label %agg.done, label %agg.have, !dbg !103

stat.inc:                                         ; preds = %map.full
  %17 = getelementptr i8, i8* %14, i64 32, !dbg !102
  %18 = bitcast i8* %17 to i64*, !dbg !102
  %19 = load i64, i64* %18, align 8, !dbg !102
  %20 = add i64 %19, 1, !dbg !102
  store i64 %20, i64* %18, align 8, !dbg !102
  br label %map.stored, !dbg !102

agg.done:                                         ; preds = %agg.have, %map.stored
  store i64 1, i64* %7, align 8, !dbg !104
  %21 = bitcast [3 x i64]* %tmp2 to i8*, !dbg !104
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %21, i8 0, i64 24, i1 false), !dbg !104
  %22 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %pid = lshr i64 %22, 32, !dbg !104
  %23 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 0, !dbg !104
  store i64 %pid, i64* %23, align 8, !dbg !104
  %24 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp2, i64 0, i64 1, !dbg !104
  %25 = bitcast i64* %24 to i8*, !dbg !104
  %26 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %25, i32 16) #0, !dbg !104
  %27 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %21, i8* nonnull %6, i64 0) #0, !dbg !104
  %28 = icmp slt i64 %27, 0, !dbg !104
  br i1 %28, label %map.full3, label %return, !dbg !104

agg.have:                                         ; preds = %map.stored
  %29 = bitcast i8* %16 to i64*, !dbg !103
  %30 = load i64, i64* %29, align 8, !dbg !103
  %31 = add i64 %30, 1, !dbg !103
  store i64 %31, i64* %29, align 8, !dbg !103
  br label %agg.done, !dbg !103

map.full3:                                        ; preds = %agg.done
  %32 = bitcast i32* %zero to i8*, !dbg !104
  %33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %32) #0, !dbg !104
  %.not7 = icmp eq i8* %33, null, !dbg !104
  br i1 %.not7, label %return, label %stat.inc5, !dbg !104

stat.inc5:                                        ; preds = %map.full3
  %34 = getelementptr i8, i8* %33, i64 16, !dbg !104
  %35 = bitcast i8* %34 to i64*, !dbg !104
  %36 = load i64, i64* %35, align 8, !dbg !104
  %37 = add i64 %36, 1, !dbg !104
  store i64 %37, i64* %35, align 8, !dbg !104
  br label %return, !dbg !104
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_exit_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !105 {
entry:
  %tmp8 = alloca [3 x i64], align 8, !dbg !108
  %tmp5 = alloca [1 x i64], align 8, !dbg !108
  %tmp1 = alloca [1 x i64], align 8, !dbg !108
  %tmp = alloca [1 x i64], align 8, !dbg !108
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !107, metadata !DIExpression()), !dbg !108
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !109
  %1 = icmp eq i64 %0, 0, !dbg !109
  br i1 %1, label %pid.match, label %pid.filter, !dbg !109

return:                                           ; preds = %pid.match, %agg.done, %map.read, %pid.filter
  ret i32 0, !dbg !109

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !109
  %3 = lshr i64 %2, 32, !dbg !109
  %4 = icmp eq i64 %3, %0, !dbg !109
  br i1 %4, label %pid.match, label %return, !dbg !109

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !110
  %6 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !110
  %tid = and i64 %6, 4294967295, !dbg !110
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !110
  store i64 %tid, i64* %7, align 8, !dbg !110
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %5) #0, !dbg !110
  %.not = icmp eq i8* %8, null, !dbg !110
  br i1 %.not, label %return, label %map.read, !dbg !110

map.read:                                         ; preds = %pid.match
  %9 = bitcast i8* %8 to i64*, !dbg !110
  %10 = load i64, i64* %9, align 8, !dbg !110
  %phi.cmp = icmp eq i64 %10, 0, !dbg !110
  br i1 %phi.cmp, label %return, label %pred.true, !dbg !110

pred.true:                                        ; preds = %map.read
  %11 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !111
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !111
  %13 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !111
  %tid2 = and i64 %13, 4294967295, !dbg !111
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !111
  store i64 %tid2, i64* %14, align 8, !dbg !111
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %12) #0, !dbg !111
  %.not10 = icmp eq i8* %15, null, !dbg !111
  br i1 %.not10, label %map.done4, label %map.read3, !dbg !111

map.read3:                                        ; preds = %pred.true
  %16 = bitcast i8* %15 to i64*, !dbg !111
  %17 = load i64, i64* %16, align 8, !dbg !111
  br label %map.done4, !dbg !111

map.done4:                                        ; preds = %map.read3, %pred.true
  %18 = phi i64 [ 0, %pred.true ], [ %17, %map.read3 ], !dbg !111
  %19 = sub i64 %11, %18, !dbg !111
  %20 = bitcast [1 x i64]* %tmp5 to i8*, !dbg !111
  %21 = bitcast [1 x i64]* %tmp5 to i32*, !dbg !111
  store i32 0, i32* %21, align 8, !dbg !111
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lat to i8*), i8* nonnull %20) #0, !dbg !111
  %.not11 = icmp eq i8* %22, null, !dbg !111
  br i1 %.not11, label %agg.done, label %agg.have, !dbg !111

agg.done:                                         ; preds = %bucket.done, %map.done4
  %23 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !112
  %tid6 = and i64 %23, 4294967295, !dbg !112
  store i64 %tid6, i64* %14, align 8, !dbg !112
  %24 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %12) #0, !dbg !112
  %25 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !113
  %tid7 = and i64 %25, 4294967295, !dbg !113
  store i64 %tid7, i64* %14, align 8, !dbg !113
  %26 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %12) #0, !dbg !113
  %27 = bitcast [3 x i64]* %tmp8 to i8*, !dbg !114
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %27, i8 0, i64 24, i1 false), !dbg !114
  %28 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !114
  %pid = lshr i64 %28, 32, !dbg !114
  %29 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp8, i64 0, i64 0, !dbg !114
  store i64 %pid, i64* %29, align 8, !dbg !114
  %30 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp8, i64 0, i64 1, !dbg !114
  %31 = bitcast i64* %30 to i8*, !dbg !114
  %32 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %31, i32 16) #0, !dbg !114
  %33 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %27) #0, !dbg !114
  br label %return, !dbg !114

agg.have:                                         ; preds = %map.done4
  %34 = icmp ugt i64 %19, 4294967295, !dbg !111
  %35 = lshr i64 %19, 32, !dbg !111
  %36 = select i1 %34, i64 %35, i64 %19, !dbg !111
  %37 = select i1 %34, i64 32, i64 0, !dbg !111
  %38 = icmp ugt i64 %36, 65535, !dbg !111
  %39 = lshr i64 %36, 16, !dbg !111
  %40 = select i1 %38, i64 %39, i64 %36, !dbg !111
  %41 = or i64 %37, 16, !dbg !111
  %42 = select i1 %38, i64 %41, i64 %37, !dbg !111
  %43 = icmp ugt i64 %40, 255, !dbg !111
  %44 = lshr i64 %40, 8, !dbg !111
  %45 = select i1 %43, i64 %44, i64 %40, !dbg !111
  %46 = or i64 %42, 8, !dbg !111
  %47 = select i1 %43, i64 %46, i64 %42, !dbg !111
  %48 = icmp ugt i64 %45, 15, !dbg !111
  %49 = lshr i64 %45, 4, !dbg !111
  %50 = select i1 %48, i64 %49, i64 %45, !dbg !111
  %51 = or i64 %47, 4, !dbg !111
  %52 = select i1 %48, i64 %51, i64 %47, !dbg !111
  %53 = icmp ugt i64 %50, 3, !dbg !111
  %54 = lshr i64 %50, 2, !dbg !111
  %55 = select i1 %53, i64 %54, i64 %50, !dbg !111
  %56 = add i64 %52, 2, !dbg !111
  %57 = select i1 %53, i64 %56, i64 %52, !dbg !111
  %58 = icmp ugt i64 %55, 1, !dbg !111
  %59 = zext i1 %58 to i64, !dbg !111
  %60 = add i64 %57, %59, !dbg !111
  %61 = add i64 %60, 2, !dbg !111
  %62 = icmp eq i64 %19, 0, !dbg !111
  %63 = select i1 %62, i64 1, i64 %61, !dbg !111
  %64 = icmp slt i64 %19, 0, !dbg !111
  %bucket = select i1 %64, i64 0, i64 %63, !dbg !111
  %65 = icmp ult i64 %bucket, 66, !dbg !111
  br i1 %65, label %bucket.bump, label %bucket.done, !dbg !111

bucket.bump:                                      ; preds = %agg.have
  %66 = shl i64 %bucket, 3, !dbg !111
  %67 = getelementptr i8, i8* %22, i64 %66, !dbg !111
  %68 = bitcast i8* %67 to i64*, !dbg !111
  %69 = load i64, i64* %68, align 8, !dbg !111
  %70 = add i64 %69, 1, !dbg !111
  store i64 %70, i64* %68, align 8, !dbg !111
  br label %bucket.done, !dbg !111

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %71 = getelementptr i8, i8* %22, i64 528, !dbg !111
  %72 = bitcast i8* %71 to i64*, !dbg !111
  %73 = load i64, i64* %72, align 8, !dbg !111
  %74 = add i64 %73, %19, !dbg !111
  store i64 %74, i64* %72, align 8, !dbg !111
  br label %agg.done, !dbg !111
}

; Function Attrs: nounwind
define i32 @interval2(i8* %ctx) #0 section "perf_event" !dbg !115 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !117, metadata !DIExpression()), !dbg !118
  %zero = alloca i32, align 4, !dbg !119
  store i32 0, i32* %zero, align 4, !dbg !119
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !120
  %.not = icmp eq i8* %0, null, !dbg !120
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !120

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !120
  store i64 5, i64* %1, align 8, !dbg !120
  %2 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !120
  %3 = icmp ugt i64 %2, 65536, !dbg !120
  %4 = select i1 %3, i64 2, i64 1, !dbg !120
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %4) #0, !dbg !120
  br label %rec.done, !dbg !120

rec.lost:                                         ; preds = %entry
  %5 = bitcast i32* %zero to i8*, !dbg !120
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %5) #0, !dbg !120
  %.not11 = icmp eq i8* %6, null, !dbg !120
  br i1 %.not11, label %rec.done, label %stat.inc, !dbg !120

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !121
  %.not12 = icmp eq i8* %7, null, !dbg !121
  br i1 %.not12, label %rec.lost2, label %rec.fill1, !dbg !121

stat.inc:                                         ; preds = %rec.lost
  %8 = bitcast i8* %6 to i64*, !dbg !120
  %9 = load i64, i64* %8, align 8, !dbg !120
  %10 = add i64 %9, 1, !dbg !120
  store i64 %10, i64* %8, align 8, !dbg !120
  br label %rec.done, !dbg !120

rec.fill1:                                        ; preds = %rec.done
  %11 = bitcast i8* %7 to i64*, !dbg !121
  store i64 4294967302, i64* %11, align 8, !dbg !121
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !121
  %13 = icmp ugt i64 %12, 65536, !dbg !121
  %14 = select i1 %13, i64 2, i64 1, !dbg !121
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %14) #0, !dbg !121
  br label %rec.done3, !dbg !121

rec.lost2:                                        ; preds = %rec.done
  %15 = bitcast i32* %zero to i8*, !dbg !121
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !121
  %.not13 = icmp eq i8* %16, null, !dbg !121
  br i1 %.not13, label %rec.done3, label %stat.inc4, !dbg !121

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %17 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !122
  %.not14 = icmp eq i8* %17, null, !dbg !122
  br i1 %.not14, label %rec.lost7, label %rec.fill6, !dbg !122

stat.inc4:                                        ; preds = %rec.lost2
  %18 = bitcast i8* %16 to i64*, !dbg !121
  %19 = load i64, i64* %18, align 8, !dbg !121
  %20 = add i64 %19, 1, !dbg !121
  store i64 %20, i64* %18, align 8, !dbg !121
  br label %rec.done3, !dbg !121

rec.fill6:                                        ; preds = %rec.done3
  %21 = bitcast i8* %17 to i64*, !dbg !122
  store i64 8589934597, i64* %21, align 8, !dbg !122
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !122
  %23 = icmp ugt i64 %22, 65536, !dbg !122
  %24 = select i1 %23, i64 2, i64 1, !dbg !122
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %17, i64 %24) #0, !dbg !122
  br label %rec.done8, !dbg !122

rec.lost7:                                        ; preds = %rec.done3
  %25 = bitcast i32* %zero to i8*, !dbg !122
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !122
  %.not15 = icmp eq i8* %26, null, !dbg !122
  br i1 %.not15, label %rec.done8, label %stat.inc9, !dbg !122

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  ret i32 0, !dbg !119

stat.inc9:                                        ; preds = %rec.lost7
  %27 = bitcast i8* %26 to i64*, !dbg !122
  %28 = load i64, i64* %27, align 8, !dbg !122
  %29 = add i64 %28, 1, !dbg !122
  store i64 %29, i64* %27, align 8, !dbg !122
  br label %rec.done8, !dbg !122
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!92, !93}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !80, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "map_delete_clear_zero.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !57, !66, !74}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 320, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 5, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_c", linkageName: "m_c", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_k", linkageName: "m_k", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!36 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !37)
!37 = !{!38, !39, !44, !54}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!39 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !40, size: 64, align: 64, offset: 64)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !41, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !42)
!42 = !{!43}
!43 = !DISubrange(count: 4096, lowerBound: 0)
!44 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !45, size: 64, align: 64, offset: 128)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !47)
!47 = !{!48, !49}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !50, size: 128, align: 8, offset: 64)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 128, align: 8, elements: !52)
!51 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!52 = !{!53}
!53 = !DISubrange(count: 16, lowerBound: 0)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !55, size: 64, align: 64, offset: 192)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!57 = !DIGlobalVariableExpression(var: !58, expr: !DIExpression())
!58 = distinct !DIGlobalVariable(name: "m_lat", linkageName: "m_lat", scope: !2, file: !3, type: !59, isLocal: false, isDefinition: true, align: 64)
!59 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !60)
!60 = !{!9, !15, !20, !61}
!61 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !62, size: 64, align: 64, offset: 192)
!62 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !63, size: 64, align: 64, dwarfAddressSpace: 0)
!63 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 4288, align: 64, elements: !64)
!64 = !{!65}
!65 = !DISubrange(count: 67, lowerBound: 0)
!66 = !DIGlobalVariableExpression(var: !67, expr: !DIExpression())
!67 = distinct !DIGlobalVariable(name: "m_start", linkageName: "m_start", scope: !2, file: !3, type: !68, isLocal: false, isDefinition: true, align: 64)
!68 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !69)
!69 = !{!38, !39, !70, !54}
!70 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !71, size: 64, align: 64, offset: 128)
!71 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !72, size: 64, align: 64, dwarfAddressSpace: 0)
!72 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !73)
!73 = !{!48}
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !76, isLocal: false, isDefinition: true, align: 64)
!76 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !77)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !51, size: 4608, align: 8, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 576, lowerBound: 0)
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
!94 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !95, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !98)
!95 = !DISubroutineType(types: !96)
!96 = !{!12, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !{!99}
!99 = !DILocalVariable(name: "ctx", arg: 1, scope: !94, file: !3, line: 2, type: !97)
!100 = !DILocation(line: 2, scope: !94)
!101 = !DILocation(line: 2, column: 1, scope: !94)
!102 = !DILocation(line: 3, column: 2, scope: !94)
!103 = !DILocation(line: 4, column: 2, scope: !94)
!104 = !DILocation(line: 5, column: 2, scope: !94)
!105 = distinct !DISubprogram(name: "tp1_sys_exit_openat", linkageName: "tp1_sys_exit_openat", scope: !3, file: !3, line: 7, type: !95, scopeLine: 7, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !106)
!106 = !{!107}
!107 = !DILocalVariable(name: "ctx", arg: 1, scope: !105, file: !3, line: 7, type: !97)
!108 = !DILocation(line: 7, scope: !105)
!109 = !DILocation(line: 7, column: 1, scope: !105)
!110 = !DILocation(line: 7, column: 38, scope: !105)
!111 = !DILocation(line: 8, column: 2, scope: !105)
!112 = !DILocation(line: 9, column: 2, scope: !105)
!113 = !DILocation(line: 10, column: 2, scope: !105)
!114 = !DILocation(line: 11, column: 2, scope: !105)
!115 = distinct !DISubprogram(name: "interval2", linkageName: "interval2", scope: !3, file: !3, line: 13, type: !95, scopeLine: 13, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !116)
!116 = !{!117}
!117 = !DILocalVariable(name: "ctx", arg: 1, scope: !115, file: !3, line: 13, type: !97)
!118 = !DILocation(line: 13, scope: !115)
!119 = !DILocation(line: 13, column: 1, scope: !115)
!120 = !DILocation(line: 14, column: 2, scope: !115)
!121 = !DILocation(line: 15, column: 2, scope: !115)
!122 = !DILocation(line: 16, column: 2, scope: !115)
