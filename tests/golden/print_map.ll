; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_c = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_hi = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !51
@m_lo = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !62
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !64
@tp_ro = constant [56 x i8] zeroinitializer, section ".rodata", align 8, !dbg !75

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !95 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !101
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !100, metadata !DIExpression()), !dbg !101
  %zero = alloca i32, align 4, !dbg !102
  store i32 0, i32* %zero, align 4, !dbg !102
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !102
  %1 = icmp eq i64 %0, 0, !dbg !102
  br i1 %1, label %pid.match, label %pid.filter, !dbg !102

return:                                           ; preds = %agg.done8, %agg.have11, %minmax.set12, %pid.filter
  ret i32 0, !dbg !102

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !102
  %3 = lshr i64 %2, 32, !dbg !102
  %4 = icmp eq i64 %3, %0, !dbg !102
  br i1 %4, label %pid.match, label %return, !dbg !102

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [2 x i64]* %tmp to i8*, !dbg !103
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %5, i8 0, i64 16, i1 false), !dbg !103
  %6 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %5, i32 16) #0, !dbg !103
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %5) #0, !dbg !103
  %.not = icmp eq i8* %7, null, !dbg !103
  br i1 %.not, label %agg.init, label %agg.have, !dbg !103

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %8 = getelementptr i8, i8* %ctx, i64 32, !dbg !104
  %9 = bitcast i8* %8 to i64*, !dbg !104
  %10 = load i64, i64* %9, align 8, !dbg !104
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %pid = lshr i64 %11, 32, !dbg !104
  %12 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !104
  store i64 %pid, i64* %12, align 8, !dbg !104
  %13 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %5) #0, !dbg !104
  %.not15 = icmp eq i8* %13, null, !dbg !104
  br i1 %.not15, label %agg.init3, label %agg.have2, !dbg !104

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %7, %pid.match ], [ %18, %agg.init ], !dbg !103
  %14 = bitcast i8* %agg to i64*, !dbg !103
  %15 = load i64, i64* %14, align 8, !dbg !103
  %16 = add i64 %15, 1, !dbg !103
  store i64 %16, i64* %14, align 8, !dbg !103
  br label %agg.done, !dbg !103

agg.init:                                         ; preds = %pid.match
  %17 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %5, i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !103
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %5) #0, !dbg !103
  %.not13 = icmp eq i8* %18, null, !dbg !103
  br i1 %.not13, label %agg.full, label %agg.have, !dbg !103

agg.full:                                         ; preds = %agg.init
  %19 = bitcast i32* %zero to i8*, !dbg !103
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !103
  %.not14 = icmp eq i8* %20, null, !dbg !103
  br i1 %.not14, label %agg.done, label %stat.inc, !dbg !103

stat.inc:                                         ; preds = %agg.full
  %21 = getelementptr i8, i8* %20, i64 8, !dbg !103
  %22 = bitcast i8* %21 to i64*, !dbg !103
  %23 = load i64, i64* %22, align 8, !dbg !103
  %24 = add i64 %23, 1, !dbg !103
  store i64 %24, i64* %22, align 8, !dbg !103
  br label %agg.done, !dbg !103

agg.done1:                                        ; preds = %agg.full4, %stat.inc5, %agg.have2
  %25 = load i64, i64* %9, align 8, !dbg !105
  %26 = bitcast [2 x i64]* %tmp to i32*, !dbg !105
  store i32 0, i32* %26, align 8, !dbg !105
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lo to i8*), i8* nonnull %5) #0, !dbg !105
  %.not18 = icmp eq i8* %27, null, !dbg !105
  br i1 %.not18, label %agg.done8, label %agg.have9, !dbg !105

agg.have2:                                        ; preds = %agg.init3, %agg.done
  %agg7 = phi i8* [ %13, %agg.done ], [ %32, %agg.init3 ], !dbg !104
  %28 = bitcast i8* %agg7 to i64*, !dbg !104
  %29 = load i64, i64* %28, align 8, !dbg !104
  %30 = add i64 %29, %10, !dbg !104
  store i64 %30, i64* %28, align 8, !dbg !104
  br label %agg.done1, !dbg !104

agg.init3:                                        ; preds = %agg.done
  %31 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %5, i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !104
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %5) #0, !dbg !104
  %.not16 = icmp eq i8* %32, null, !dbg !104
  br i1 %.not16, label %agg.full4, label %agg.have2, !dbg !104

agg.full4:                                        ; preds = %agg.init3
  %33 = bitcast i32* %zero to i8*, !dbg !104
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !104
  %.not17 = icmp eq i8* %34, null, !dbg !104
  br i1 %.not17, label %agg.done1, label %stat.inc5, !dbg !104

stat.inc5:                                        ; preds = %agg.full4
  %35 = getelementptr i8, i8* %34, i64 32, !dbg !104
  %36 = bitcast i8* %35 to i64*, !dbg !104
  %37 = load i64, i64* %36, align 8, !dbg !104
  %38 = add i64 %37, 1, !dbg !104
  store i64 %38, i64* %36, align 8, !dbg !104
  br label %agg.done1, !dbg !104

agg.done8:                                        ; preds = %minmax.set, %agg.have9, %agg.done1
  %39 = load i64, i64* %9, align 8, !dbg !106
  store i32 0, i32* %26, align 8, !dbg !106
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hi to i8*), i8* nonnull %5) #0, !dbg !106
  %.not19 = icmp eq i8* %40, null, !dbg !106
  br i1 %.not19, label %return, label %agg.have11, !dbg !106

agg.have9:                                        ; preds = %agg.done1
  %41 = bitcast i8* %27 to i64*, !dbg !105
  %42 = load i64, i64* %41, align 8, !dbg !105
  %43 = getelementptr i8, i8* %27, i64 8, !dbg !105
  %44 = bitcast i8* %43 to i64*, !dbg !105
  %45 = load i64, i64* %44, align 8, !dbg !105
  %46 = icmp slt i64 %25, %42, !dbg !105
  %47 = icmp eq i64 %45, 0, !dbg !105
  %48 = or i1 %46, %47, !dbg !105
  br i1 %48, label %minmax.set, label %agg.done8, !dbg !105

minmax.set:                                       ; preds = %agg.have9
  store i64 %25, i64* %41, align 8, !dbg !105
  store i64 1, i64* %44, align 8, !dbg !105
  br label %agg.done8, !dbg !105

agg.have11:                                       ; preds = %agg.done8
  %49 = bitcast i8* %40 to i64*, !dbg !106
  %50 = load i64, i64* %49, align 8, !dbg !106
  %51 = getelementptr i8, i8* %40, i64 8, !dbg !106
  %52 = bitcast i8* %51 to i64*, !dbg !106
  %53 = load i64, i64* %52, align 8, !dbg !106
  %54 = icmp sgt i64 %39, %50, !dbg !106
  %55 = icmp eq i64 %53, 0, !dbg !106
  %56 = or i1 %54, %55, !dbg !106
  br i1 %56, label %minmax.set12, label %return, !dbg !106

minmax.set12:                                     ; preds = %agg.have11
  store i64 %39, i64* %49, align 8, !dbg !106
  store i64 1, i64* %52, align 8, !dbg !106
  br label %return, !dbg !106
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @interval1(i8* %ctx) #0 section "perf_event" !dbg !107 {
entry:
  %tmp25 = alloca [1 x i64], align 8, !dbg !110
  %tmp14 = alloca [1 x i64], align 8, !dbg !110
  %tmp = alloca [2 x i64], align 8, !dbg !110
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !109, metadata !DIExpression()), !dbg !110
  %zero = alloca i32, align 4, !dbg !111
  store i32 0, i32* %zero, align 4, !dbg !111
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !112
  %.not = icmp eq i8* %0, null, !dbg !112
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !112

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !112
  store i64 4, i64* %1, align 8, !dbg !112
  %2 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !112
  %3 = icmp ugt i64 %2, 65536, !dbg !112
  %4 = select i1 %3, i64 2, i64 1, !dbg !112
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %4) #0, !dbg !112
  br label %rec.done, !dbg !112

rec.lost:                                         ; preds = %entry
  %5 = bitcast i32* %zero to i8*, !dbg !112
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %5) #0, !dbg !112
  %.not51 = icmp eq i8* %6, null, !dbg !112
  br i1 %.not51, label %rec.done, label %stat.inc, !dbg !112

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !113
  %.not52 = icmp eq i8* %7, null, !dbg !113
  br i1 %.not52, label %rec.lost2, label %rec.fill1, !dbg !113

stat.inc:                                         ; preds = %rec.lost
  %8 = bitcast i8* %6 to i64*, !dbg !112
  %9 = load i64, i64* %8, align 8, !dbg !112
  %10 = add i64 %9, 1, !dbg !112
  store i64 %10, i64* %8, align 8, !dbg !112
  br label %rec.done, !dbg !112

rec.fill1:                                        ; preds = %rec.done
  %11 = bitcast i8* %7 to i64*, !dbg !113
  store i64 4294967300, i64* %11, align 8, !dbg !113
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !113
  %13 = icmp ugt i64 %12, 65536, !dbg !113
  %14 = select i1 %13, i64 2, i64 1, !dbg !113
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %14) #0, !dbg !113
  br label %rec.done3, !dbg !113

rec.lost2:                                        ; preds = %rec.done
  %15 = bitcast i32* %zero to i8*, !dbg !113
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !113
  %.not53 = icmp eq i8* %16, null, !dbg !113
  br i1 %.not53, label %rec.done3, label %stat.inc4, !dbg !113

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %17 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !114
  %.not54 = icmp eq i8* %17, null, !dbg !114
  br i1 %.not54, label %rec.lost7, label %rec.fill6, !dbg !114

stat.inc4:                                        ; preds = %rec.lost2
  %18 = bitcast i8* %16 to i64*, !dbg !113
  %19 = load i64, i64* %18, align 8, !dbg !113
  %20 = add i64 %19, 1, !dbg !113
  store i64 %20, i64* %18, align 8, !dbg !113
  br label %rec.done3, !dbg !113

rec.fill6:                                        ; preds = %rec.done3
  %21 = bitcast i8* %17 to i64*, !dbg !114
  store i64 8589934596, i64* %21, align 8, !dbg !114
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !114
  %23 = icmp ugt i64 %22, 65536, !dbg !114
  %24 = select i1 %23, i64 2, i64 1, !dbg !114
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %17, i64 %24) #0, !dbg !114
  br label %rec.done8, !dbg !114

rec.lost7:                                        ; preds = %rec.done3
  %25 = bitcast i32* %zero to i8*, !dbg !114
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !114
  %.not55 = icmp eq i8* %26, null, !dbg !114
  br i1 %.not55, label %rec.done8, label %stat.inc9, !dbg !114

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %27 = bitcast [2 x i64]* %tmp to i8*, !dbg !115
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(16) %27, i8 0, i64 16, i1 false), !dbg !115
  store i8 98, i8* %27, align 8, !dbg !115
  %28 = getelementptr inbounds i8, i8* %27, i64 1, !dbg !115
  store i8 97, i8* %28, align 1, !dbg !115
  %29 = getelementptr inbounds i8, i8* %27, i64 2, !dbg !115
  store i8 115, i8* %29, align 2, !dbg !115
  %30 = getelementptr inbounds i8, i8* %27, i64 3, !dbg !115
  store i8 104, i8* %30, align 1, !dbg !115
  %31 = getelementptr inbounds i8, i8* %27, i64 4, !dbg !115
  store i8 0, i8* %31, align 4, !dbg !115
  %32 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 16) to i64*), align 8, !dbg !115
  br label %pcpu.cond, !dbg !115

stat.inc9:                                        ; preds = %rec.lost7
  %33 = bitcast i8* %26 to i64*, !dbg !114
  %34 = load i64, i64* %33, align 8, !dbg !114
  %35 = add i64 %34, 1, !dbg !114
  store i64 %35, i64* %33, align 8, !dbg !114
  br label %rec.done8, !dbg !114

pcpu.cond:                                        ; preds = %pcpu.next, %rec.done8
  %tmp12.sroa.0.0 = phi i64 [ 0, %rec.done8 ], [ %44, %pcpu.next ], !dbg !115
  %tmp11.sroa.0.0 = phi i64 [ 0, %rec.done8 ], [ %tmp11.sroa.0.1, %pcpu.next ], !dbg !115
  %36 = icmp ult i64 %tmp12.sroa.0.0, 1024, !dbg !115
  %37 = icmp ult i64 %tmp12.sroa.0.0, %32, !dbg !115
  %38 = and i1 %37, %36, !dbg !115
  br i1 %38, label %pcpu.body, label %pcpu.done, !dbg !115

pcpu.body:                                        ; preds = %pcpu.cond
  %39 = trunc i64 %tmp12.sroa.0.0 to i32, !dbg !115
  %40 = call i8* inttoptr (i64 195 to i8* (i8*, i8*, i32)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_c to i8*), i8* nonnull %27, i32 %39) #0, !dbg !115
  %.not62 = icmp eq i8* %40, null, !dbg !115
  br i1 %.not62, label %pcpu.next, label %pcpu.have, !dbg !115

pcpu.have:                                        ; preds = %pcpu.body
  %41 = bitcast i8* %40 to i64*, !dbg !115
  %42 = load i64, i64* %41, align 8, !dbg !115
  %43 = add i64 %tmp11.sroa.0.0, %42, !dbg !115
  br label %pcpu.next, !dbg !115

pcpu.next:                                        ; preds = %pcpu.have, %pcpu.body
  %tmp11.sroa.0.1 = phi i64 [ %43, %pcpu.have ], [ %tmp11.sroa.0.0, %pcpu.body ], !dbg !115
  %44 = add i64 %tmp12.sroa.0.0, 1, !dbg !115
  br label %pcpu.cond, !dbg !115

pcpu.done:                                        ; preds = %pcpu.cond
  %45 = bitcast [1 x i64]* %tmp14 to i8*, !dbg !115
  %46 = bitcast [1 x i64]* %tmp14 to i32*, !dbg !115
  store i32 0, i32* %46, align 8, !dbg !115
  %47 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 16) to i64*), align 8, !dbg !115
  br label %pcpu.cond18, !dbg !115

pcpu.cond18:                                      ; preds = %pcpu.next21, %pcpu.done
  %tmp17.sroa.0.0 = phi i64 [ 0, %pcpu.done ], [ %tmp17.sroa.0.1, %pcpu.next21 ], !dbg !115
  %tmp16.sroa.0.0 = phi i64 [ 0, %pcpu.done ], [ %65, %pcpu.next21 ], !dbg !115
  %tmp15.sroa.0.0 = phi i64 [ 0, %pcpu.done ], [ %tmp15.sroa.0.1, %pcpu.next21 ], !dbg !115
  %48 = icmp ult i64 %tmp16.sroa.0.0, 1024, !dbg !115
  %49 = icmp ult i64 %tmp16.sroa.0.0, %47, !dbg !115
  %50 = and i1 %49, %48, !dbg !115
  br i1 %50, label %pcpu.body19, label %pcpu.done22, !dbg !115

pcpu.body19:                                      ; preds = %pcpu.cond18
  %51 = trunc i64 %tmp16.sroa.0.0 to i32, !dbg !115
  %52 = call i8* inttoptr (i64 195 to i8* (i8*, i8*, i32)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lo to i8*), i8* nonnull %45, i32 %51) #0, !dbg !115
  %.not61 = icmp eq i8* %52, null, !dbg !115
  br i1 %.not61, label %pcpu.next21, label %pcpu.have20, !dbg !115

pcpu.have20:                                      ; preds = %pcpu.body19
  %53 = bitcast i8* %52 to i64*, !dbg !115
  %54 = load i64, i64* %53, align 8, !dbg !115
  %55 = getelementptr i8, i8* %52, i64 8, !dbg !115
  %56 = bitcast i8* %55 to i64*, !dbg !115
  %57 = load i64, i64* %56, align 8, !dbg !115
  %58 = icmp ne i64 %57, 0, !dbg !115
  %59 = icmp eq i64 %tmp17.sroa.0.0, 0, !dbg !115
  %60 = icmp slt i64 %54, %tmp15.sroa.0.0, !dbg !115
  %61 = or i1 %59, %60, !dbg !115
  %62 = and i1 %58, %61, !dbg !115
  %63 = select i1 %62, i64 %54, i64 %tmp15.sroa.0.0, !dbg !115
  %64 = select i1 %58, i64 1, i64 %tmp17.sroa.0.0, !dbg !115
  br label %pcpu.next21, !dbg !115

pcpu.next21:                                      ; preds = %pcpu.have20, %pcpu.body19
  %tmp17.sroa.0.1 = phi i64 [ %64, %pcpu.have20 ], [ %tmp17.sroa.0.0, %pcpu.body19 ], !dbg !115
  %tmp15.sroa.0.1 = phi i64 [ %63, %pcpu.have20 ], [ %tmp15.sroa.0.0, %pcpu.body19 ], !dbg !115
  %65 = add i64 %tmp16.sroa.0.0, 1, !dbg !115
  br label %pcpu.cond18, !dbg !115

pcpu.done22:                                      ; preds = %pcpu.cond18
  %66 = bitcast [1 x i64]* %tmp25 to i8*, !dbg !115
  %67 = bitcast [1 x i64]* %tmp25 to i32*, !dbg !115
  store i32 0, i32* %67, align 8, !dbg !115
  %68 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([56 x i8], [56 x i8]* @tp_ro, i64 0, i64 16) to i64*), align 8, !dbg !115
  br label %pcpu.cond29, !dbg !115

pcpu.cond29:                                      ; preds = %pcpu.next32, %pcpu.done22
  %tmp27.sroa.0.0 = phi i64 [ 0, %pcpu.done22 ], [ %86, %pcpu.next32 ], !dbg !115
  %tmp26.sroa.0.0 = phi i64 [ 0, %pcpu.done22 ], [ %tmp26.sroa.0.1, %pcpu.next32 ], !dbg !115
  %tmp28.sroa.0.0 = phi i64 [ 0, %pcpu.done22 ], [ %tmp28.sroa.0.1, %pcpu.next32 ], !dbg !115
  %69 = icmp ult i64 %tmp27.sroa.0.0, 1024, !dbg !115
  %70 = icmp ult i64 %tmp27.sroa.0.0, %68, !dbg !115
  %71 = and i1 %70, %69, !dbg !115
  br i1 %71, label %pcpu.body30, label %pcpu.done33, !dbg !115

pcpu.body30:                                      ; preds = %pcpu.cond29
  %72 = trunc i64 %tmp27.sroa.0.0 to i32, !dbg !115
  %73 = call i8* inttoptr (i64 195 to i8* (i8*, i8*, i32)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hi to i8*), i8* nonnull %66, i32 %72) #0, !dbg !115
  %.not60 = icmp eq i8* %73, null, !dbg !115
  br i1 %.not60, label %pcpu.next32, label %pcpu.have31, !dbg !115

pcpu.have31:                                      ; preds = %pcpu.body30
  %74 = bitcast i8* %73 to i64*, !dbg !115
  %75 = load i64, i64* %74, align 8, !dbg !115
  %76 = getelementptr i8, i8* %73, i64 8, !dbg !115
  %77 = bitcast i8* %76 to i64*, !dbg !115
  %78 = load i64, i64* %77, align 8, !dbg !115
  %79 = icmp ne i64 %78, 0, !dbg !115
  %80 = icmp eq i64 %tmp28.sroa.0.0, 0, !dbg !115
  %81 = icmp sgt i64 %75, %tmp26.sroa.0.0, !dbg !115
  %82 = or i1 %80, %81, !dbg !115
  %83 = and i1 %79, %82, !dbg !115
  %84 = select i1 %83, i64 %75, i64 %tmp26.sroa.0.0, !dbg !115
  %85 = select i1 %79, i64 1, i64 %tmp28.sroa.0.0, !dbg !115
  br label %pcpu.next32, !dbg !115

pcpu.next32:                                      ; preds = %pcpu.have31, %pcpu.body30
  %tmp26.sroa.0.1 = phi i64 [ %84, %pcpu.have31 ], [ %tmp26.sroa.0.0, %pcpu.body30 ], !dbg !115
  %tmp28.sroa.0.1 = phi i64 [ %85, %pcpu.have31 ], [ %tmp28.sroa.0.0, %pcpu.body30 ], !dbg !115
  %86 = add i64 %tmp27.sroa.0.0, 1, !dbg !115
  br label %pcpu.cond29, !dbg !115

pcpu.done33:                                      ; preds = %pcpu.cond29
  %87 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !115
  %.not56 = icmp eq i8* %87, null, !dbg !115
  br i1 %.not56, label %rec.lost37, label %rec.fill36, !dbg !115

rec.fill36:                                       ; preds = %pcpu.done33
  %88 = bitcast i8* %87 to i64*, !dbg !115
  store i64 12884901889, i64* %88, align 8, !dbg !115
  %89 = getelementptr i8, i8* %87, i64 8, !dbg !115
  %90 = bitcast i8* %89 to i64*, !dbg !115
  store i64 %tmp11.sroa.0.0, i64* %90, align 8, !dbg !115
  %91 = getelementptr i8, i8* %87, i64 16, !dbg !115
  %92 = bitcast i8* %91 to i64*, !dbg !115
  store i64 %tmp15.sroa.0.0, i64* %92, align 8, !dbg !115
  %93 = getelementptr i8, i8* %87, i64 24, !dbg !115
  %94 = bitcast i8* %93 to i64*, !dbg !115
  store i64 %tmp26.sroa.0.0, i64* %94, align 8, !dbg !115
  %95 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !115
  %96 = icmp ugt i64 %95, 65536, !dbg !115
  %97 = select i1 %96, i64 2, i64 1, !dbg !115
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %87, i64 %97) #0, !dbg !115
  br label %rec.done38, !dbg !115

rec.lost37:                                       ; preds = %pcpu.done33
  %98 = bitcast i32* %zero to i8*, !dbg !115
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %98) #0, !dbg !115
  %.not57 = icmp eq i8* %99, null, !dbg !115
  br i1 %.not57, label %rec.done38, label %stat.inc39, !dbg !115

rec.done38:                                       ; preds = %rec.lost37, %stat.inc39, %rec.fill36
  %100 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !116
  %.not58 = icmp eq i8* %100, null, !dbg !116
  br i1 %.not58, label %rec.lost42, label %rec.fill41, !dbg !116

stat.inc39:                                       ; preds = %rec.lost37
  %101 = bitcast i8* %99 to i64*, !dbg !115
  %102 = load i64, i64* %101, align 8, !dbg !115
  %103 = add i64 %102, 1, !dbg !115
  store i64 %103, i64* %101, align 8, !dbg !115
  br label %rec.done38, !dbg !115

rec.fill41:                                       ; preds = %rec.done38
  %104 = bitcast i8* %100 to i64*, !dbg !116
  store i64 17179869188, i64* %104, align 8, !dbg !116
  %105 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !116
  %106 = icmp ugt i64 %105, 65536, !dbg !116
  %107 = select i1 %106, i64 2, i64 1, !dbg !116
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %100, i64 %107) #0, !dbg !116
  br label %rec.done43, !dbg !116

rec.lost42:                                       ; preds = %rec.done38
  %108 = bitcast i32* %zero to i8*, !dbg !116
  %109 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %108) #0, !dbg !116
  %.not59 = icmp eq i8* %109, null, !dbg !116
  br i1 %.not59, label %rec.done43, label %stat.inc44, !dbg !116

rec.done43:                                       ; preds = %rec.lost42, %stat.inc44, %rec.fill41
  ret i32 0, !dbg !111

stat.inc44:                                       ; preds = %rec.lost42
  %110 = bitcast i8* %109 to i64*, !dbg !116
  %111 = load i64, i64* %110, align 8, !dbg !116
  %112 = add i64 %111, 1, !dbg !116
  store i64 %112, i64* %110, align 8, !dbg !116
  br label %rec.done43, !dbg !116
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!93, !94}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !81, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "print_map.tp", directory: ".")
!4 = !{!0, !5, !28, !51, !62, !64, !75}
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
!31 = !{!32, !35, !40, !49}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !26)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !36, size: 64, align: 64, offset: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 4096, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 128)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !43)
!43 = !{!44}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !45, size: 128, align: 8)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 128, align: 8, elements: !47)
!46 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!47 = !{!48}
!48 = !DISubrange(count: 16, lowerBound: 0)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !50, size: 64, align: 64, offset: 192)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(name: "m_hi", linkageName: "m_hi", scope: !2, file: !3, type: !53, isLocal: false, isDefinition: true, align: 64)
!53 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !54)
!54 = !{!9, !15, !20, !55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !56, size: 64, align: 64, offset: 192)
!56 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !57, size: 64, align: 64, dwarfAddressSpace: 0)
!57 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !58)
!58 = !{!59, !61}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !60, size: 64, align: 8)
!60 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "set", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 64)
!62 = !DIGlobalVariableExpression(var: !63, expr: !DIExpression())
!63 = distinct !DIGlobalVariable(name: "m_lo", linkageName: "m_lo", scope: !2, file: !3, type: !53, isLocal: false, isDefinition: true, align: 64)
!64 = !DIGlobalVariableExpression(var: !65, expr: !DIExpression())
!65 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !66, isLocal: false, isDefinition: true, align: 64)
!66 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !67)
!67 = !{!32, !35, !68, !73}
!68 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !69, size: 64, align: 64, offset: 128)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !71)
!71 = !{!72}
!72 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!73 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !74, size: 64, align: 64, offset: 192)
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !DIGlobalVariableExpression(var: !76, expr: !DIExpression())
!76 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!77 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !78)
!78 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 448, align: 8, elements: !79)
!79 = !{!80}
!80 = !DISubrange(count: 56, lowerBound: 0)
!81 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !82)
!82 = !{!83, !88}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !84, size: 64, align: 64)
!84 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !85, size: 64, align: 64, dwarfAddressSpace: 0)
!85 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !86)
!86 = !{!87}
!87 = !DISubrange(count: 27, lowerBound: 0)
!88 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !89, size: 64, align: 64, offset: 64)
!89 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !90, size: 64, align: 64, dwarfAddressSpace: 0)
!90 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !91)
!91 = !{!92}
!92 = !DISubrange(count: 262144, lowerBound: 0)
!93 = !{i32 2, !"Debug Info Version", i32 3}
!94 = !{i32 2, !"Dwarf Version", i32 4}
!95 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !96, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !99)
!96 = !DISubroutineType(types: !97)
!97 = !{!12, !98}
!98 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!99 = !{!100}
!100 = !DILocalVariable(name: "ctx", arg: 1, scope: !95, file: !3, line: 2, type: !98)
!101 = !DILocation(line: 2, scope: !95)
!102 = !DILocation(line: 2, column: 1, scope: !95)
!103 = !DILocation(line: 3, column: 2, scope: !95)
!104 = !DILocation(line: 4, column: 2, scope: !95)
!105 = !DILocation(line: 5, column: 2, scope: !95)
!106 = !DILocation(line: 6, column: 2, scope: !95)
!107 = distinct !DISubprogram(name: "interval1", linkageName: "interval1", scope: !3, file: !3, line: 8, type: !96, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !108)
!108 = !{!109}
!109 = !DILocalVariable(name: "ctx", arg: 1, scope: !107, file: !3, line: 8, type: !98)
!110 = !DILocation(line: 8, scope: !107)
!111 = !DILocation(line: 8, column: 1, scope: !107)
!112 = !DILocation(line: 9, column: 2, scope: !107)
!113 = !DILocation(line: 10, column: 2, scope: !107)
!114 = !DILocation(line: 11, column: 2, scope: !107)
!115 = !DILocation(line: 12, column: 2, scope: !107)
!116 = !DILocation(line: 13, column: 2, scope: !107)
