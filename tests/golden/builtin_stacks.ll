; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_k = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_k5 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !47
@m_u = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !49
@m_u3 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !51
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !53
@tp_stacks = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !60
@tp_stacks_5 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !74
@tp_ustacks = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !78
@tp_ustacks_3 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !80
@tp_ustacks_2 = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !89

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "raw_tp" !dbg !112 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !118
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !117, metadata !DIExpression()), !dbg !118
  %zero = alloca i32, align 4, !dbg !119
  store i32 0, i32* %zero, align 4, !dbg !119
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !119
  %1 = icmp eq i64 %0, 0, !dbg !119
  br i1 %1, label %pid.match, label %pid.filter, !dbg !119

return:                                           ; preds = %rec.lost25, %stat.inc27, %rec.fill24, %pid.filter
  ret i32 0, !dbg !119

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !119
  %3 = lshr i64 %2, 32, !dbg !119
  %4 = icmp eq i64 %3, %0, !dbg !119
  br i1 %4, label %pid.match, label %return, !dbg !119

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !120
  %6 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks to i8*), i64 2) #0, !dbg !120
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !120
  store i64 %6, i64* %7, align 8, !dbg !120
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5) #0, !dbg !120
  %.not = icmp eq i8* %8, null, !dbg !120
  br i1 %.not, label %agg.init, label %agg.have, !dbg !120

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %9 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks_5 to i8*), i64 2) #0, !dbg !121
  store i64 %9, i64* %7, align 8, !dbg !121
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5) #0, !dbg !121
  %.not31 = icmp eq i8* %10, null, !dbg !121
  br i1 %.not31, label %agg.init3, label %agg.have2, !dbg !121

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %8, %pid.match ], [ %15, %agg.init ], !dbg !120
  %11 = bitcast i8* %agg to i64*, !dbg !120
  %12 = load i64, i64* %11, align 8, !dbg !120
  %13 = add i64 %12, 1, !dbg !120
  store i64 %13, i64* %11, align 8, !dbg !120
  br label %agg.done, !dbg !120

agg.init:                                         ; preds = %pid.match
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !120
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5) #0, !dbg !120
  %.not29 = icmp eq i8* %15, null, !dbg !120
  br i1 %.not29, label %agg.full, label %agg.have, !dbg !120

agg.full:                                         ; preds = %agg.init
  %16 = bitcast i32* %zero to i8*, !dbg !120
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !120
  %.not30 = icmp eq i8* %17, null, !dbg !120
  br i1 %.not30, label %agg.done, label %stat.inc, !dbg !120

stat.inc:                                         ; preds = %agg.full
  %18 = getelementptr i8, i8* %17, i64 8, !dbg !120
  %19 = bitcast i8* %18 to i64*, !dbg !120
  %20 = load i64, i64* %19, align 8, !dbg !120
  %21 = add i64 %20, 1, !dbg !120
  store i64 %21, i64* %19, align 8, !dbg !120
  br label %agg.done, !dbg !120

agg.done1:                                        ; preds = %agg.full4, %stat.inc5, %agg.have2
  %22 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks to i8*), i64 256) #0, !dbg !122
  %23 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !122
  %24 = and i64 %23, -4294967296, !dbg !122
  %25 = and i64 %22, 4294967295, !dbg !122
  %26 = or i64 %24, %25, !dbg !122
  %27 = icmp slt i64 %22, 0, !dbg !122
  %28 = select i1 %27, i64 %22, i64 %26, !dbg !122
  store i64 %28, i64* %7, align 8, !dbg !122
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5) #0, !dbg !122
  %.not34 = icmp eq i8* %29, null, !dbg !122
  br i1 %.not34, label %agg.init10, label %agg.have9, !dbg !122

agg.have2:                                        ; preds = %agg.init3, %agg.done
  %agg7 = phi i8* [ %10, %agg.done ], [ %34, %agg.init3 ], !dbg !121
  %30 = bitcast i8* %agg7 to i64*, !dbg !121
  %31 = load i64, i64* %30, align 8, !dbg !121
  %32 = add i64 %31, 1, !dbg !121
  store i64 %32, i64* %30, align 8, !dbg !121
  br label %agg.done1, !dbg !121

agg.init3:                                        ; preds = %agg.done
  %33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !121
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5) #0, !dbg !121
  %.not32 = icmp eq i8* %34, null, !dbg !121
  br i1 %.not32, label %agg.full4, label %agg.have2, !dbg !121

agg.full4:                                        ; preds = %agg.init3
  %35 = bitcast i32* %zero to i8*, !dbg !121
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !121
  %.not33 = icmp eq i8* %36, null, !dbg !121
  br i1 %.not33, label %agg.done1, label %stat.inc5, !dbg !121

stat.inc5:                                        ; preds = %agg.full4
  %37 = getelementptr i8, i8* %36, i64 16, !dbg !121
  %38 = bitcast i8* %37 to i64*, !dbg !121
  %39 = load i64, i64* %38, align 8, !dbg !121
  %40 = add i64 %39, 1, !dbg !121
  store i64 %40, i64* %38, align 8, !dbg !121
  br label %agg.done1, !dbg !121

agg.done8:                                        ; preds = %agg.full11, %stat.inc12, %agg.have9
  %41 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks_3 to i8*), i64 256) #0, !dbg !123
  %42 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !123
  %43 = and i64 %42, -4294967296, !dbg !123
  %44 = and i64 %41, 4294967295, !dbg !123
  %45 = or i64 %43, %44, !dbg !123
  %46 = icmp slt i64 %41, 0, !dbg !123
  %47 = select i1 %46, i64 %41, i64 %45, !dbg !123
  store i64 %47, i64* %7, align 8, !dbg !123
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5) #0, !dbg !123
  %.not37 = icmp eq i8* %48, null, !dbg !123
  br i1 %.not37, label %agg.init17, label %agg.have16, !dbg !123

agg.have9:                                        ; preds = %agg.init10, %agg.done1
  %agg14 = phi i8* [ %29, %agg.done1 ], [ %53, %agg.init10 ], !dbg !122
  %49 = bitcast i8* %agg14 to i64*, !dbg !122
  %50 = load i64, i64* %49, align 8, !dbg !122
  %51 = add i64 %50, 1, !dbg !122
  store i64 %51, i64* %49, align 8, !dbg !122
  br label %agg.done8, !dbg !122

agg.init10:                                       ; preds = %agg.done1
  %52 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !122
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5) #0, !dbg !122
  %.not35 = icmp eq i8* %53, null, !dbg !122
  br i1 %.not35, label %agg.full11, label %agg.have9, !dbg !122

agg.full11:                                       ; preds = %agg.init10
  %54 = bitcast i32* %zero to i8*, !dbg !122
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #0, !dbg !122
  %.not36 = icmp eq i8* %55, null, !dbg !122
  br i1 %.not36, label %agg.done8, label %stat.inc12, !dbg !122

stat.inc12:                                       ; preds = %agg.full11
  %56 = getelementptr i8, i8* %55, i64 24, !dbg !122
  %57 = bitcast i8* %56 to i64*, !dbg !122
  %58 = load i64, i64* %57, align 8, !dbg !122
  %59 = add i64 %58, 1, !dbg !122
  store i64 %59, i64* %57, align 8, !dbg !122
  br label %agg.done8, !dbg !122

agg.done15:                                       ; preds = %agg.full18, %stat.inc19, %agg.have16
  %60 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks to i8*), i64 2) #0, !dbg !124
  %61 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !124
  %.not40 = icmp eq i8* %61, null, !dbg !124
  br i1 %.not40, label %rec.lost, label %rec.fill, !dbg !124

agg.have16:                                       ; preds = %agg.init17, %agg.done8
  %agg21 = phi i8* [ %48, %agg.done8 ], [ %66, %agg.init17 ], !dbg !123
  %62 = bitcast i8* %agg21 to i64*, !dbg !123
  %63 = load i64, i64* %62, align 8, !dbg !123
  %64 = add i64 %63, 1, !dbg !123
  store i64 %64, i64* %62, align 8, !dbg !123
  br label %agg.done15, !dbg !123

agg.init17:                                       ; preds = %agg.done8
  %65 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !123
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5) #0, !dbg !123
  %.not38 = icmp eq i8* %66, null, !dbg !123
  br i1 %.not38, label %agg.full18, label %agg.have16, !dbg !123

agg.full18:                                       ; preds = %agg.init17
  %67 = bitcast i32* %zero to i8*, !dbg !123
  %68 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %67) #0, !dbg !123
  %.not39 = icmp eq i8* %68, null, !dbg !123
  br i1 %.not39, label %agg.done15, label %stat.inc19, !dbg !123

stat.inc19:                                       ; preds = %agg.full18
  %69 = getelementptr i8, i8* %68, i64 32, !dbg !123
  %70 = bitcast i8* %69 to i64*, !dbg !123
  %71 = load i64, i64* %70, align 8, !dbg !123
  %72 = add i64 %71, 1, !dbg !123
  store i64 %72, i64* %70, align 8, !dbg !123
  br label %agg.done15, !dbg !123

rec.fill:                                         ; preds = %agg.done15
  %73 = bitcast i8* %61 to i64*, !dbg !124
  store i64 1, i64* %73, align 8, !dbg !124
  %74 = getelementptr i8, i8* %61, i64 8, !dbg !124
  %75 = bitcast i8* %74 to i64*, !dbg !124
  store i64 %60, i64* %75, align 8, !dbg !124
  %76 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !124
  %77 = icmp ugt i64 %76, 65536, !dbg !124
  %78 = select i1 %77, i64 2, i64 1, !dbg !124
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %61, i64 %78) #0, !dbg !124
  br label %rec.done, !dbg !124

rec.lost:                                         ; preds = %agg.done15
  %79 = bitcast i32* %zero to i8*, !dbg !124
  %80 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %79) #0, !dbg !124
  %.not41 = icmp eq i8* %80, null, !dbg !124
  br i1 %.not41, label %rec.done, label %stat.inc22, !dbg !124

rec.done:                                         ; preds = %rec.lost, %stat.inc22, %rec.fill
  %81 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks_2 to i8*), i64 256) #0, !dbg !125
  %82 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !125
  %83 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !125
  %.not42 = icmp eq i8* %83, null, !dbg !125
  br i1 %.not42, label %rec.lost25, label %rec.fill24, !dbg !125

stat.inc22:                                       ; preds = %rec.lost
  %84 = bitcast i8* %80 to i64*, !dbg !124
  %85 = load i64, i64* %84, align 8, !dbg !124
  %86 = add i64 %85, 1, !dbg !124
  store i64 %86, i64* %84, align 8, !dbg !124
  br label %rec.done, !dbg !124

rec.fill24:                                       ; preds = %rec.done
  %87 = icmp slt i64 %81, 0, !dbg !125
  %88 = and i64 %82, -4294967296, !dbg !125
  %89 = and i64 %81, 4294967295, !dbg !125
  %90 = or i64 %88, %89, !dbg !125
  %91 = select i1 %87, i64 %81, i64 %90, !dbg !125
  %92 = bitcast i8* %83 to i64*, !dbg !125
  store i64 4294967298, i64* %92, align 8, !dbg !125
  %93 = getelementptr i8, i8* %83, i64 8, !dbg !125
  %94 = bitcast i8* %93 to i64*, !dbg !125
  store i64 %91, i64* %94, align 8, !dbg !125
  %95 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !125
  %96 = icmp ugt i64 %95, 65536, !dbg !125
  %97 = select i1 %96, i64 2, i64 1, !dbg !125
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %83, i64 %97) #0, !dbg !125
  br label %return, !dbg !125

rec.lost25:                                       ; preds = %rec.done
  %98 = bitcast i32* %zero to i8*, !dbg !125
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %98) #0, !dbg !125
  %.not43 = icmp eq i8* %99, null, !dbg !125
  br i1 %.not43, label %return, label %stat.inc27, !dbg !125

stat.inc27:                                       ; preds = %rec.lost25
  %100 = bitcast i8* %99 to i64*, !dbg !125
  %101 = load i64, i64* %100, align 8, !dbg !125
  %102 = add i64 %101, 1, !dbg !125
  store i64 %102, i64* %100, align 8, !dbg !125
  br label %return, !dbg !125
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp0_pe_sched_switch(i8* %ctx) #0 section "tracepoint" !dbg !126 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !129
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !128, metadata !DIExpression()), !dbg !129
  %zero = alloca i32, align 4, !dbg !130
  store i32 0, i32* %zero, align 4, !dbg !130
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !130
  %1 = icmp eq i64 %0, 0, !dbg !130
  br i1 %1, label %pid.match, label %pid.filter, !dbg !130

return:                                           ; preds = %rec.lost25, %stat.inc27, %rec.fill24, %pid.filter
  ret i32 0, !dbg !130

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !130
  %3 = lshr i64 %2, 32, !dbg !130
  %4 = icmp eq i64 %3, %0, !dbg !130
  br i1 %4, label %pid.match, label %return, !dbg !130

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !131
  %6 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks to i8*), i64 0) #0, !dbg !131
  %7 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !131
  store i64 %6, i64* %7, align 8, !dbg !131
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5) #0, !dbg !131
  %.not = icmp eq i8* %8, null, !dbg !131
  br i1 %.not, label %agg.init, label %agg.have, !dbg !131

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %9 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks_5 to i8*), i64 0) #0, !dbg !132
  store i64 %9, i64* %7, align 8, !dbg !132
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5) #0, !dbg !132
  %.not31 = icmp eq i8* %10, null, !dbg !132
  br i1 %.not31, label %agg.init3, label %agg.have2, !dbg !132

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %8, %pid.match ], [ %15, %agg.init ], !dbg !131
  %11 = bitcast i8* %agg to i64*, !dbg !131
  %12 = load i64, i64* %11, align 8, !dbg !131
  %13 = add i64 %12, 1, !dbg !131
  store i64 %13, i64* %11, align 8, !dbg !131
  br label %agg.done, !dbg !131

agg.init:                                         ; preds = %pid.match
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !131
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* nonnull %5) #0, !dbg !131
  %.not29 = icmp eq i8* %15, null, !dbg !131
  br i1 %.not29, label %agg.full, label %agg.have, !dbg !131

agg.full:                                         ; preds = %agg.init
  %16 = bitcast i32* %zero to i8*, !dbg !131
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !131
  %.not30 = icmp eq i8* %17, null, !dbg !131
  br i1 %.not30, label %agg.done, label %stat.inc, !dbg !131

stat.inc:                                         ; preds = %agg.full
  %18 = getelementptr i8, i8* %17, i64 8, !dbg !131
  %19 = bitcast i8* %18 to i64*, !dbg !131
  %20 = load i64, i64* %19, align 8, !dbg !131
  %21 = add i64 %20, 1, !dbg !131
  store i64 %21, i64* %19, align 8, !dbg !131
  br label %agg.done, !dbg !131

agg.done1:                                        ; preds = %agg.full4, %stat.inc5, %agg.have2
  %22 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks to i8*), i64 256) #0, !dbg !133
  %23 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !133
  %24 = and i64 %23, -4294967296, !dbg !133
  %25 = and i64 %22, 4294967295, !dbg !133
  %26 = or i64 %24, %25, !dbg !133
  %27 = icmp slt i64 %22, 0, !dbg !133
  %28 = select i1 %27, i64 %22, i64 %26, !dbg !133
  store i64 %28, i64* %7, align 8, !dbg !133
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5) #0, !dbg !133
  %.not34 = icmp eq i8* %29, null, !dbg !133
  br i1 %.not34, label %agg.init10, label %agg.have9, !dbg !133

agg.have2:                                        ; preds = %agg.init3, %agg.done
  %agg7 = phi i8* [ %10, %agg.done ], [ %34, %agg.init3 ], !dbg !132
  %30 = bitcast i8* %agg7 to i64*, !dbg !132
  %31 = load i64, i64* %30, align 8, !dbg !132
  %32 = add i64 %31, 1, !dbg !132
  store i64 %32, i64* %30, align 8, !dbg !132
  br label %agg.done1, !dbg !132

agg.init3:                                        ; preds = %agg.done
  %33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !132
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k5 to i8*), i8* nonnull %5) #0, !dbg !132
  %.not32 = icmp eq i8* %34, null, !dbg !132
  br i1 %.not32, label %agg.full4, label %agg.have2, !dbg !132

agg.full4:                                        ; preds = %agg.init3
  %35 = bitcast i32* %zero to i8*, !dbg !132
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !132
  %.not33 = icmp eq i8* %36, null, !dbg !132
  br i1 %.not33, label %agg.done1, label %stat.inc5, !dbg !132

stat.inc5:                                        ; preds = %agg.full4
  %37 = getelementptr i8, i8* %36, i64 16, !dbg !132
  %38 = bitcast i8* %37 to i64*, !dbg !132
  %39 = load i64, i64* %38, align 8, !dbg !132
  %40 = add i64 %39, 1, !dbg !132
  store i64 %40, i64* %38, align 8, !dbg !132
  br label %agg.done1, !dbg !132

agg.done8:                                        ; preds = %agg.full11, %stat.inc12, %agg.have9
  %41 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks_3 to i8*), i64 256) #0, !dbg !134
  %42 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !134
  %43 = and i64 %42, -4294967296, !dbg !134
  %44 = and i64 %41, 4294967295, !dbg !134
  %45 = or i64 %43, %44, !dbg !134
  %46 = icmp slt i64 %41, 0, !dbg !134
  %47 = select i1 %46, i64 %41, i64 %45, !dbg !134
  store i64 %47, i64* %7, align 8, !dbg !134
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5) #0, !dbg !134
  %.not37 = icmp eq i8* %48, null, !dbg !134
  br i1 %.not37, label %agg.init17, label %agg.have16, !dbg !134

agg.have9:                                        ; preds = %agg.init10, %agg.done1
  %agg14 = phi i8* [ %29, %agg.done1 ], [ %53, %agg.init10 ], !dbg !133
  %49 = bitcast i8* %agg14 to i64*, !dbg !133
  %50 = load i64, i64* %49, align 8, !dbg !133
  %51 = add i64 %50, 1, !dbg !133
  store i64 %51, i64* %49, align 8, !dbg !133
  br label %agg.done8, !dbg !133

agg.init10:                                       ; preds = %agg.done1
  %52 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !133
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u to i8*), i8* nonnull %5) #0, !dbg !133
  %.not35 = icmp eq i8* %53, null, !dbg !133
  br i1 %.not35, label %agg.full11, label %agg.have9, !dbg !133

agg.full11:                                       ; preds = %agg.init10
  %54 = bitcast i32* %zero to i8*, !dbg !133
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #0, !dbg !133
  %.not36 = icmp eq i8* %55, null, !dbg !133
  br i1 %.not36, label %agg.done8, label %stat.inc12, !dbg !133

stat.inc12:                                       ; preds = %agg.full11
  %56 = getelementptr i8, i8* %55, i64 24, !dbg !133
  %57 = bitcast i8* %56 to i64*, !dbg !133
  %58 = load i64, i64* %57, align 8, !dbg !133
  %59 = add i64 %58, 1, !dbg !133
  store i64 %59, i64* %57, align 8, !dbg !133
  br label %agg.done8, !dbg !133

agg.done15:                                       ; preds = %agg.full18, %stat.inc19, %agg.have16
  %60 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks to i8*), i64 0) #0, !dbg !135
  %61 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !135
  %.not40 = icmp eq i8* %61, null, !dbg !135
  br i1 %.not40, label %rec.lost, label %rec.fill, !dbg !135

agg.have16:                                       ; preds = %agg.init17, %agg.done8
  %agg21 = phi i8* [ %48, %agg.done8 ], [ %66, %agg.init17 ], !dbg !134
  %62 = bitcast i8* %agg21 to i64*, !dbg !134
  %63 = load i64, i64* %62, align 8, !dbg !134
  %64 = add i64 %63, 1, !dbg !134
  store i64 %64, i64* %62, align 8, !dbg !134
  br label %agg.done15, !dbg !134

agg.init17:                                       ; preds = %agg.done8
  %65 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !134
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_u3 to i8*), i8* nonnull %5) #0, !dbg !134
  %.not38 = icmp eq i8* %66, null, !dbg !134
  br i1 %.not38, label %agg.full18, label %agg.have16, !dbg !134

agg.full18:                                       ; preds = %agg.init17
  %67 = bitcast i32* %zero to i8*, !dbg !134
  %68 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %67) #0, !dbg !134
  %.not39 = icmp eq i8* %68, null, !dbg !134
  br i1 %.not39, label %agg.done15, label %stat.inc19, !dbg !134

stat.inc19:                                       ; preds = %agg.full18
  %69 = getelementptr i8, i8* %68, i64 32, !dbg !134
  %70 = bitcast i8* %69 to i64*, !dbg !134
  %71 = load i64, i64* %70, align 8, !dbg !134
  %72 = add i64 %71, 1, !dbg !134
  store i64 %72, i64* %70, align 8, !dbg !134
  br label %agg.done15, !dbg !134

rec.fill:                                         ; preds = %agg.done15
  %73 = bitcast i8* %61 to i64*, !dbg !135
  store i64 1, i64* %73, align 8, !dbg !135
  %74 = getelementptr i8, i8* %61, i64 8, !dbg !135
  %75 = bitcast i8* %74 to i64*, !dbg !135
  store i64 %60, i64* %75, align 8, !dbg !135
  %76 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !135
  %77 = icmp ugt i64 %76, 65536, !dbg !135
  %78 = select i1 %77, i64 2, i64 1, !dbg !135
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %61, i64 %78) #0, !dbg !135
  br label %rec.done, !dbg !135

rec.lost:                                         ; preds = %agg.done15
  %79 = bitcast i32* %zero to i8*, !dbg !135
  %80 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %79) #0, !dbg !135
  %.not41 = icmp eq i8* %80, null, !dbg !135
  br i1 %.not41, label %rec.done, label %stat.inc22, !dbg !135

rec.done:                                         ; preds = %rec.lost, %stat.inc22, %rec.fill
  %81 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_ustacks_2 to i8*), i64 256) #0, !dbg !136
  %82 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !136
  %83 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !136
  %.not42 = icmp eq i8* %83, null, !dbg !136
  br i1 %.not42, label %rec.lost25, label %rec.fill24, !dbg !136

stat.inc22:                                       ; preds = %rec.lost
  %84 = bitcast i8* %80 to i64*, !dbg !135
  %85 = load i64, i64* %84, align 8, !dbg !135
  %86 = add i64 %85, 1, !dbg !135
  store i64 %86, i64* %84, align 8, !dbg !135
  br label %rec.done, !dbg !135

rec.fill24:                                       ; preds = %rec.done
  %87 = icmp slt i64 %81, 0, !dbg !136
  %88 = and i64 %82, -4294967296, !dbg !136
  %89 = and i64 %81, 4294967295, !dbg !136
  %90 = or i64 %88, %89, !dbg !136
  %91 = select i1 %87, i64 %81, i64 %90, !dbg !136
  %92 = bitcast i8* %83 to i64*, !dbg !136
  store i64 4294967298, i64* %92, align 8, !dbg !136
  %93 = getelementptr i8, i8* %83, i64 8, !dbg !136
  %94 = bitcast i8* %93 to i64*, !dbg !136
  store i64 %91, i64* %94, align 8, !dbg !136
  %95 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !136
  %96 = icmp ugt i64 %95, 65536, !dbg !136
  %97 = select i1 %96, i64 2, i64 1, !dbg !136
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %83, i64 %97) #0, !dbg !136
  br label %return, !dbg !136

rec.lost25:                                       ; preds = %rec.done
  %98 = bitcast i32* %zero to i8*, !dbg !136
  %99 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %98) #0, !dbg !136
  %.not43 = icmp eq i8* %99, null, !dbg !136
  br i1 %.not43, label %return, label %stat.inc27, !dbg !136

stat.inc27:                                       ; preds = %rec.lost25
  %100 = bitcast i8* %99 to i64*, !dbg !136
  %101 = load i64, i64* %100, align 8, !dbg !136
  %102 = add i64 %101, 1, !dbg !136
  store i64 %102, i64* %100, align 8, !dbg !136
  br label %return, !dbg !136
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!110, !111}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !98, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "builtin_stacks.tp", directory: ".")
!4 = !{!0, !5, !28, !47, !49, !51, !53, !60, !74, !78, !80, !89}
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
!29 = distinct !DIGlobalVariable(name: "m_k", linkageName: "m_k", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !35, !40, !45}
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
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !43)
!43 = !{!44}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !46, size: 64, align: 64, offset: 192)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!47 = !DIGlobalVariableExpression(var: !48, expr: !DIExpression())
!48 = distinct !DIGlobalVariable(name: "m_k5", linkageName: "m_k5", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!49 = !DIGlobalVariableExpression(var: !50, expr: !DIExpression())
!50 = distinct !DIGlobalVariable(name: "m_u", linkageName: "m_u", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!51 = !DIGlobalVariableExpression(var: !52, expr: !DIExpression())
!52 = distinct !DIGlobalVariable(name: "m_u3", linkageName: "m_u3", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !56)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !57, size: 384, align: 8, elements: !58)
!57 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!58 = !{!59}
!59 = !DISubrange(count: 48, lowerBound: 0)
!60 = !DIGlobalVariableExpression(var: !61, expr: !DIExpression())
!61 = distinct !DIGlobalVariable(name: "tp_stacks", linkageName: "tp_stacks", scope: !2, file: !3, type: !62, isLocal: false, isDefinition: true, align: 64)
!62 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !63)
!63 = !{!64, !35, !20, !69}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !65, size: 64, align: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 224, align: 32, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 7, lowerBound: 0)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !70, size: 64, align: 64, offset: 192)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !71, size: 64, align: 64, dwarfAddressSpace: 0)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 8128, align: 64, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 127, lowerBound: 0)
!74 = !DIGlobalVariableExpression(var: !75, expr: !DIExpression())
!75 = distinct !DIGlobalVariable(name: "tp_stacks_5", linkageName: "tp_stacks_5", scope: !2, file: !3, type: !76, isLocal: false, isDefinition: true, align: 64)
!76 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !77)
!77 = !{!64, !35, !20, !22}
!78 = !DIGlobalVariableExpression(var: !79, expr: !DIExpression())
!79 = distinct !DIGlobalVariable(name: "tp_ustacks", linkageName: "tp_ustacks", scope: !2, file: !3, type: !62, isLocal: false, isDefinition: true, align: 64)
!80 = !DIGlobalVariableExpression(var: !81, expr: !DIExpression())
!81 = distinct !DIGlobalVariable(name: "tp_ustacks_3", linkageName: "tp_ustacks_3", scope: !2, file: !3, type: !82, isLocal: false, isDefinition: true, align: 64)
!82 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !83)
!83 = !{!64, !35, !20, !84}
!84 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !85, size: 64, align: 64, offset: 192)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !87)
!87 = !{!88}
!88 = !DISubrange(count: 3, lowerBound: 0)
!89 = !DIGlobalVariableExpression(var: !90, expr: !DIExpression())
!90 = distinct !DIGlobalVariable(name: "tp_ustacks_2", linkageName: "tp_ustacks_2", scope: !2, file: !3, type: !91, isLocal: false, isDefinition: true, align: 64)
!91 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !92)
!92 = !{!64, !35, !20, !93}
!93 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !94, size: 64, align: 64, offset: 192)
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !95, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !96)
!96 = !{!97}
!97 = !DISubrange(count: 2, lowerBound: 0)
!98 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !99)
!99 = !{!100, !105}
!100 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !101, size: 64, align: 64)
!101 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !102, size: 64, align: 64, dwarfAddressSpace: 0)
!102 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !103)
!103 = !{!104}
!104 = !DISubrange(count: 27, lowerBound: 0)
!105 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !106, size: 64, align: 64, offset: 64)
!106 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !107, size: 64, align: 64, dwarfAddressSpace: 0)
!107 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !108)
!108 = !{!109}
!109 = !DISubrange(count: 262144, lowerBound: 0)
!110 = !{i32 2, !"Debug Info Version", i32 3}
!111 = !{i32 2, !"Dwarf Version", i32 4}
!112 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !113, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !116)
!113 = !DISubroutineType(types: !114)
!114 = !{!12, !115}
!115 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!116 = !{!117}
!117 = !DILocalVariable(name: "ctx", arg: 1, scope: !112, file: !3, line: 2, type: !115)
!118 = !DILocation(line: 2, scope: !112)
!119 = !DILocation(line: 2, column: 1, scope: !112)
!120 = !DILocation(line: 3, column: 2, scope: !112)
!121 = !DILocation(line: 4, column: 2, scope: !112)
!122 = !DILocation(line: 5, column: 2, scope: !112)
!123 = !DILocation(line: 6, column: 2, scope: !112)
!124 = !DILocation(line: 7, column: 2, scope: !112)
!125 = !DILocation(line: 8, column: 2, scope: !112)
!126 = distinct !DISubprogram(name: "tp0_pe_sched_switch", linkageName: "tp0_pe_sched_switch", scope: !3, file: !3, line: 2, type: !113, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !127)
!127 = !{!128}
!128 = !DILocalVariable(name: "ctx", arg: 1, scope: !126, file: !3, line: 2, type: !115)
!129 = !DILocation(line: 2, scope: !126)
!130 = !DILocation(line: 2, column: 1, scope: !126)
!131 = !DILocation(line: 3, column: 2, scope: !126)
!132 = !DILocation(line: 4, column: 2, scope: !126)
!133 = !DILocation(line: 5, column: 2, scope: !126)
!134 = !DILocation(line: 6, column: 2, scope: !126)
!135 = !DILocation(line: 7, column: 2, scope: !126)
!136 = !DILocation(line: 8, column: 2, scope: !126)
