; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_adj = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_neg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !37
@m_sum = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !43
@tp_ro = constant [576 x i8] zeroinitializer, section ".rodata", align 8, !dbg !50

; Function Attrs: nounwind
define i32 @tp0_mc_event(i8* %ctx) #0 section "tracepoint/ras/mc_event" !dbg !71 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !77
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !76, metadata !DIExpression()), !dbg !77
  %zero = alloca i32, align 4, !dbg !78
  store i32 0, i32* %zero, align 4, !dbg !78
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !78
  %1 = icmp eq i64 %0, 0, !dbg !78
  br i1 %1, label %pid.match, label %pid.filter, !dbg !78

return:                                           ; preds = %rec.lost6, %stat.inc8, %rec.fill5, %pid.filter
  ret i32 0, !dbg !78

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !78
  %3 = lshr i64 %2, 32, !dbg !78
  %4 = icmp eq i64 %3, %0, !dbg !78
  br i1 %4, label %pid.match, label %return, !dbg !78

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 23, !dbg !79
  %6 = load i8, i8* %5, align 1, !dbg !79
  %7 = getelementptr i8, i8* %ctx, i64 24, !dbg !79
  %8 = load i8, i8* %7, align 1, !dbg !79
  %9 = getelementptr i8, i8* %ctx, i64 25, !dbg !79
  %10 = load i8, i8* %9, align 1, !dbg !79
  %11 = getelementptr i8, i8* %ctx, i64 22, !dbg !79
  %12 = load i8, i8* %11, align 1, !dbg !79
  %13 = getelementptr i8, i8* %ctx, i64 20, !dbg !79
  %14 = bitcast i8* %13 to i16*, !dbg !79
  %15 = load i16, i16* %14, align 2, !dbg !79
  %16 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !79
  %.not = icmp eq i8* %16, null, !dbg !79
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !79

rec.fill:                                         ; preds = %pid.match
  %17 = zext i16 %15 to i64, !dbg !79
  %18 = zext i8 %12 to i64, !dbg !79
  %19 = sext i8 %10 to i64, !dbg !79
  %20 = sext i8 %8 to i64, !dbg !79
  %21 = sext i8 %6 to i64, !dbg !79
  %22 = bitcast i8* %16 to i64*, !dbg !79
  store i64 1, i64* %22, align 8, !dbg !79
  %23 = getelementptr i8, i8* %16, i64 8, !dbg !79
  %24 = bitcast i8* %23 to i64*, !dbg !79
  store i64 %21, i64* %24, align 8, !dbg !79
  %25 = getelementptr i8, i8* %16, i64 16, !dbg !79
  %26 = bitcast i8* %25 to i64*, !dbg !79
  store i64 %20, i64* %26, align 8, !dbg !79
  %27 = getelementptr i8, i8* %16, i64 24, !dbg !79
  %28 = bitcast i8* %27 to i64*, !dbg !79
  store i64 %19, i64* %28, align 8, !dbg !79
  %29 = getelementptr i8, i8* %16, i64 32, !dbg !79
  %30 = bitcast i8* %29 to i64*, !dbg !79
  store i64 %18, i64* %30, align 8, !dbg !79
  %31 = getelementptr i8, i8* %16, i64 40, !dbg !79
  %32 = bitcast i8* %31 to i64*, !dbg !79
  store i64 %17, i64* %32, align 8, !dbg !79
  %33 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !79
  %34 = icmp ugt i64 %33, 65536, !dbg !79
  %35 = select i1 %34, i64 2, i64 1, !dbg !79
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %16, i64 %35) #0, !dbg !79
  br label %rec.done, !dbg !79

rec.lost:                                         ; preds = %pid.match
  %36 = bitcast i32* %zero to i8*, !dbg !79
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %36) #0, !dbg !79
  %.not10 = icmp eq i8* %37, null, !dbg !79
  br i1 %.not10, label %rec.done, label %stat.inc, !dbg !79

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %38 = bitcast [1 x i64]* %tmp to i8*, !dbg !80
  %39 = bitcast [1 x i64]* %tmp to i32*, !dbg !80
  store i32 0, i32* %39, align 8, !dbg !80
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %38) #0, !dbg !80
  %.not11 = icmp eq i8* %40, null, !dbg !80
  br i1 %.not11, label %agg.done, label %agg.have, !dbg !80

stat.inc:                                         ; preds = %rec.lost
  %41 = bitcast i8* %37 to i64*, !dbg !79
  %42 = load i64, i64* %41, align 8, !dbg !79
  %43 = add i64 %42, 1, !dbg !79
  store i64 %43, i64* %41, align 8, !dbg !79
  br label %rec.done, !dbg !79

agg.done:                                         ; preds = %agg.have, %rec.done
  %44 = load i8, i8* %5, align 1, !dbg !81
  %45 = icmp slt i8 %44, 0, !dbg !81
  br i1 %45, label %if.then, label %if.done, !dbg !81

agg.have:                                         ; preds = %rec.done
  %46 = bitcast i8* %40 to i64*, !dbg !80
  %47 = load i64, i64* %46, align 8, !dbg !80
  %48 = add i64 %47, 1, !dbg !80
  store i64 %48, i64* %46, align 8, !dbg !80
  br label %agg.done, !dbg !80

if.then:                                          ; preds = %agg.done
  store i32 0, i32* %39, align 8, !dbg !82
  %49 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %38) #0, !dbg !82
  %.not15 = icmp eq i8* %49, null, !dbg !82
  br i1 %.not15, label %if.done, label %agg.have2, !dbg !82

if.done:                                          ; preds = %if.then, %agg.have2, %agg.done
  %50 = load i8, i8* %9, align 1, !dbg !83
  store i32 0, i32* %39, align 8, !dbg !83
  %51 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_sum to i8*), i8* nonnull %38) #0, !dbg !83
  %.not12 = icmp eq i8* %51, null, !dbg !83
  br i1 %.not12, label %agg.done3, label %agg.have4, !dbg !83

agg.have2:                                        ; preds = %if.then
  %52 = bitcast i8* %49 to i64*, !dbg !82
  %53 = load i64, i64* %52, align 8, !dbg !82
  %54 = add i64 %53, 1, !dbg !82
  store i64 %54, i64* %52, align 8, !dbg !82
  br label %if.done, !dbg !82

agg.done3:                                        ; preds = %agg.have4, %if.done
  %55 = getelementptr i8, i8* %ctx, i64 48, !dbg !84
  %56 = bitcast i8* %55 to i64*, !dbg !84
  %57 = load i64, i64* %56, align 8, !dbg !84
  %58 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 144, i64 0) #0, !dbg !84
  %.not13 = icmp eq i8* %58, null, !dbg !84
  br i1 %.not13, label %rec.lost6, label %rec.fill5, !dbg !84

agg.have4:                                        ; preds = %if.done
  %59 = sext i8 %50 to i64, !dbg !83
  %60 = bitcast i8* %51 to i64*, !dbg !83
  %61 = load i64, i64* %60, align 8, !dbg !83
  %62 = add i64 %61, %59, !dbg !83
  store i64 %62, i64* %60, align 8, !dbg !83
  br label %agg.done3, !dbg !83

rec.fill5:                                        ; preds = %agg.done3
  %63 = bitcast i8* %58 to i64*, !dbg !84
  store i64 4294967297, i64* %63, align 8, !dbg !84
  %64 = getelementptr i8, i8* %58, i64 8, !dbg !84
  %65 = getelementptr i8, i8* %ctx, i64 12, !dbg !84
  %66 = bitcast i8* %65 to i32*, !dbg !84
  %67 = load i32, i32* %66, align 4, !dbg !84
  %68 = and i32 %67, 65535, !dbg !84
  %69 = zext i32 %68 to i64, !dbg !84
  %70 = ptrtoint i8* %ctx to i64, !dbg !84
  %71 = add i64 %70, %69, !dbg !84
  %72 = inttoptr i64 %71 to i8*, !dbg !84
  %73 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %64, i32 64, i8* %72) #0, !dbg !84
  %74 = getelementptr i8, i8* %58, i64 72, !dbg !84
  %75 = getelementptr i8, i8* %ctx, i64 16, !dbg !84
  %76 = bitcast i8* %75 to i32*, !dbg !84
  %77 = load i32, i32* %76, align 4, !dbg !84
  %78 = and i32 %77, 65535, !dbg !84
  %79 = zext i32 %78 to i64, !dbg !84
  %80 = add i64 %70, %79, !dbg !84
  %81 = inttoptr i64 %80 to i8*, !dbg !84
  %82 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %74, i32 64, i8* %81) #0, !dbg !84
  %83 = getelementptr i8, i8* %58, i64 136, !dbg !84
  %84 = bitcast i8* %83 to i64*, !dbg !84
  store i64 %57, i64* %84, align 8, !dbg !84
  %85 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !84
  %86 = icmp ugt i64 %85, 65536, !dbg !84
  %87 = select i1 %86, i64 2, i64 1, !dbg !84
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %58, i64 %87) #0, !dbg !84
  br label %return, !dbg !84

rec.lost6:                                        ; preds = %agg.done3
  %88 = bitcast i32* %zero to i8*, !dbg !84
  %89 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %88) #0, !dbg !84
  %.not14 = icmp eq i8* %89, null, !dbg !84
  br i1 %.not14, label %return, label %stat.inc8, !dbg !84

stat.inc8:                                        ; preds = %rec.lost6
  %90 = bitcast i8* %89 to i64*, !dbg !84
  %91 = load i64, i64* %90, align 8, !dbg !84
  %92 = add i64 %91, 1, !dbg !84
  store i64 %92, i64* %90, align 8, !dbg !84
  br label %return, !dbg !84
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_task_newtask(i8* %ctx) #0 section "tracepoint/task/task_newtask" !dbg !85 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !88
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %zero = alloca i32, align 4, !dbg !89
  store i32 0, i32* %zero, align 4, !dbg !89
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([576 x i8], [576 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !89
  %1 = icmp eq i64 %0, 0, !dbg !89
  br i1 %1, label %pid.match, label %pid.filter, !dbg !89

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %pid.filter
  ret i32 0, !dbg !89

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !89
  %3 = lshr i64 %2, 32, !dbg !89
  %4 = icmp eq i64 %3, %0, !dbg !89
  br i1 %4, label %pid.match, label %return, !dbg !89

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !90
  %6 = bitcast i8* %5 to i32*, !dbg !90
  %7 = load i32, i32* %6, align 4, !dbg !90
  %8 = getelementptr i8, i8* %ctx, i64 32, !dbg !90
  %9 = bitcast i8* %8 to i64*, !dbg !90
  %10 = load i64, i64* %9, align 8, !dbg !90
  %11 = getelementptr i8, i8* %ctx, i64 40, !dbg !90
  %12 = bitcast i8* %11 to i16*, !dbg !90
  %13 = load i16, i16* %12, align 2, !dbg !90
  %14 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !90
  %.not = icmp eq i8* %14, null, !dbg !90
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !90

rec.fill:                                         ; preds = %pid.match
  %15 = sext i16 %13 to i64, !dbg !90
  %16 = sext i32 %7 to i64, !dbg !90
  %17 = bitcast i8* %14 to i64*, !dbg !90
  store i64 8589934593, i64* %17, align 8, !dbg !90
  %18 = getelementptr i8, i8* %14, i64 8, !dbg !90
  %19 = bitcast i8* %18 to i64*, !dbg !90
  store i64 %16, i64* %19, align 8, !dbg !90
  %20 = getelementptr i8, i8* %14, i64 16, !dbg !90
  %21 = getelementptr i8, i8* %ctx, i64 12, !dbg !90
  %22 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %20, i32 16, i8* %21) #0, !dbg !90
  %23 = getelementptr i8, i8* %14, i64 32, !dbg !90
  %24 = bitcast i8* %23 to i64*, !dbg !90
  store i64 %10, i64* %24, align 8, !dbg !90
  %25 = getelementptr i8, i8* %14, i64 40, !dbg !90
  %26 = bitcast i8* %25 to i64*, !dbg !90
  store i64 %15, i64* %26, align 8, !dbg !90
  %27 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !90
  %28 = icmp ugt i64 %27, 65536, !dbg !90
  %29 = select i1 %28, i64 2, i64 1, !dbg !90
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %14, i64 %29) #0, !dbg !90
  br label %rec.done, !dbg !90

rec.lost:                                         ; preds = %pid.match
  %30 = bitcast i32* %zero to i8*, !dbg !90
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !90
  %.not6 = icmp eq i8* %31, null, !dbg !90
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !90

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %32 = load i16, i16* %12, align 2, !dbg !91
  %33 = sext i16 %32 to i64, !dbg !91
  %34 = bitcast [1 x i64]* %tmp to i8*, !dbg !91
  %35 = bitcast [1 x i64]* %tmp to i32*, !dbg !91
  store i32 0, i32* %35, align 8, !dbg !91
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_adj to i8*), i8* nonnull %34) #0, !dbg !91
  %.not7 = icmp eq i8* %36, null, !dbg !91
  br i1 %.not7, label %agg.done, label %agg.have, !dbg !91

stat.inc:                                         ; preds = %rec.lost
  %37 = bitcast i8* %31 to i64*, !dbg !90
  %38 = load i64, i64* %37, align 8, !dbg !90
  %39 = add i64 %38, 1, !dbg !90
  store i64 %39, i64* %37, align 8, !dbg !90
  br label %rec.done, !dbg !90

agg.done:                                         ; preds = %bucket.done, %rec.done
  %40 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !92
  %.not8 = icmp eq i8* %40, null, !dbg !92
  br i1 %.not8, label %rec.lost2, label %rec.fill1, !dbg !92

agg.have:                                         ; preds = %rec.done
  %41 = icmp slt i16 %32, 0, !dbg !91
  %42 = lshr i64 %33, 32, !dbg !91
  %43 = select i1 %41, i64 %42, i64 %33, !dbg !91
  %44 = lshr i16 %32, 10, !dbg !91
  %45 = and i16 %44, 32, !dbg !91
  %46 = zext i16 %45 to i64, !dbg !91
  %47 = icmp ugt i64 %43, 65535, !dbg !91
  %48 = lshr i64 %43, 16, !dbg !91
  %49 = select i1 %47, i64 %48, i64 %43, !dbg !91
  %50 = or i64 %46, 16, !dbg !91
  %51 = select i1 %47, i64 %50, i64 %46, !dbg !91
  %52 = icmp ugt i64 %49, 255, !dbg !91
  %53 = lshr i64 %49, 8, !dbg !91
  %54 = select i1 %52, i64 %53, i64 %49, !dbg !91
  %55 = or i64 %51, 8, !dbg !91
  %56 = select i1 %52, i64 %55, i64 %51, !dbg !91
  %57 = icmp ugt i64 %54, 15, !dbg !91
  %58 = lshr i64 %54, 4, !dbg !91
  %59 = select i1 %57, i64 %58, i64 %54, !dbg !91
  %60 = or i64 %56, 4, !dbg !91
  %61 = select i1 %57, i64 %60, i64 %56, !dbg !91
  %62 = icmp ugt i64 %59, 3, !dbg !91
  %63 = lshr i64 %59, 2, !dbg !91
  %64 = select i1 %62, i64 %63, i64 %59, !dbg !91
  %65 = add i64 %61, 2, !dbg !91
  %66 = select i1 %62, i64 %65, i64 %61, !dbg !91
  %67 = icmp ugt i64 %64, 1, !dbg !91
  %68 = zext i1 %67 to i64, !dbg !91
  %69 = add i64 %66, %68, !dbg !91
  %70 = add i64 %69, 2, !dbg !91
  %71 = icmp eq i16 %32, 0, !dbg !91
  %72 = select i1 %71, i64 1, i64 %70, !dbg !91
  %73 = icmp slt i16 %32, 0, !dbg !91
  %bucket = select i1 %73, i64 0, i64 %72, !dbg !91
  %74 = icmp ult i64 %bucket, 66, !dbg !91
  br i1 %74, label %bucket.bump, label %bucket.done, !dbg !91

bucket.bump:                                      ; preds = %agg.have
  %75 = shl i64 %bucket, 3, !dbg !91
  %76 = getelementptr i8, i8* %36, i64 %75, !dbg !91
  %77 = bitcast i8* %76 to i64*, !dbg !91
  %78 = load i64, i64* %77, align 8, !dbg !91
  %79 = add i64 %78, 1, !dbg !91
  store i64 %79, i64* %77, align 8, !dbg !91
  br label %bucket.done, !dbg !91

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %80 = getelementptr i8, i8* %36, i64 528, !dbg !91
  %81 = bitcast i8* %80 to i64*, !dbg !91
  %82 = load i64, i64* %81, align 8, !dbg !91
  %83 = add i64 %82, %33, !dbg !91
  store i64 %83, i64* %81, align 8, !dbg !91
  br label %agg.done, !dbg !91

rec.fill1:                                        ; preds = %agg.done
  %84 = bitcast i8* %40 to i64*, !dbg !92
  store i64 12884901890, i64* %84, align 8, !dbg !92
  %85 = getelementptr i8, i8* %40, i64 8, !dbg !92
  %86 = load i32, i32* %6, align 4, !dbg !92
  %87 = sext i32 %86 to i64, !dbg !92
  %88 = bitcast i8* %85 to i64*, !dbg !92
  store i64 %87, i64* %88, align 8, !dbg !92
  %89 = getelementptr i8, i8* %40, i64 16, !dbg !92
  %90 = getelementptr i8, i8* %ctx, i64 12, !dbg !92
  %91 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %89, i32 16, i8* %90) #0, !dbg !92
  %92 = getelementptr i8, i8* %40, i64 32, !dbg !92
  %93 = load i64, i64* %9, align 8, !dbg !92
  %94 = bitcast i8* %92 to i64*, !dbg !92
  store i64 %93, i64* %94, align 8, !dbg !92
  %95 = getelementptr i8, i8* %40, i64 40, !dbg !92
  %96 = load i16, i16* %12, align 2, !dbg !92
  %97 = sext i16 %96 to i64, !dbg !92
  %98 = bitcast i8* %95 to i64*, !dbg !92
  store i64 %97, i64* %98, align 8, !dbg !92
  %99 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !92
  %100 = icmp ugt i64 %99, 65536, !dbg !92
  %101 = select i1 %100, i64 2, i64 1, !dbg !92
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %40, i64 %101) #0, !dbg !92
  br label %return, !dbg !92

rec.lost2:                                        ; preds = %agg.done
  %102 = bitcast i32* %zero to i8*, !dbg !92
  %103 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %102) #0, !dbg !92
  %.not9 = icmp eq i8* %103, null, !dbg !92
  br i1 %.not9, label %return, label %stat.inc4, !dbg !92

stat.inc4:                                        ; preds = %rec.lost2
  %104 = bitcast i8* %103 to i64*, !dbg !92
  %105 = load i64, i64* %104, align 8, !dbg !92
  %106 = add i64 %105, 1, !dbg !92
  store i64 %106, i64* %104, align 8, !dbg !92
  br label %return, !dbg !92
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!69, !70}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !57, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_small_signed.tp", directory: ".")
!4 = !{!0, !5, !28, !37, !43, !50}
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
!29 = distinct !DIGlobalVariable(name: "m_adj", linkageName: "m_adj", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 4288, align: 64, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 67, lowerBound: 0)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "m_neg", linkageName: "m_neg", scope: !2, file: !3, type: !39, isLocal: false, isDefinition: true, align: 64)
!39 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !40)
!40 = !{!9, !15, !20, !41}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !42, size: 64, align: 64, offset: 192)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "m_sum", linkageName: "m_sum", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !46)
!46 = !{!9, !15, !20, !47}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !52, isLocal: false, isDefinition: true, align: 64)
!52 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !54, size: 4608, align: 8, elements: !55)
!54 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!55 = !{!56}
!56 = !DISubrange(count: 576, lowerBound: 0)
!57 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !58)
!58 = !{!59, !64}
!59 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !60, size: 64, align: 64)
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !61, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 27, lowerBound: 0)
!64 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !65, size: 64, align: 64, offset: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 262144, lowerBound: 0)
!69 = !{i32 2, !"Debug Info Version", i32 3}
!70 = !{i32 2, !"Dwarf Version", i32 4}
!71 = distinct !DISubprogram(name: "tp0_mc_event", linkageName: "tp0_mc_event", scope: !3, file: !3, line: 2, type: !72, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !75)
!72 = !DISubroutineType(types: !73)
!73 = !{!12, !74}
!74 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!75 = !{!76}
!76 = !DILocalVariable(name: "ctx", arg: 1, scope: !71, file: !3, line: 2, type: !74)
!77 = !DILocation(line: 2, scope: !71)
!78 = !DILocation(line: 2, column: 1, scope: !71)
!79 = !DILocation(line: 3, column: 2, scope: !71)
!80 = !DILocation(line: 5, column: 2, scope: !71)
!81 = !DILocation(line: 6, column: 2, scope: !71)
!82 = !DILocation(line: 7, column: 3, scope: !71)
!83 = !DILocation(line: 9, column: 2, scope: !71)
!84 = !DILocation(line: 10, column: 2, scope: !71)
!85 = distinct !DISubprogram(name: "tp1_task_newtask", linkageName: "tp1_task_newtask", scope: !3, file: !3, line: 12, type: !72, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !85, file: !3, line: 12, type: !74)
!88 = !DILocation(line: 12, scope: !85)
!89 = !DILocation(line: 12, column: 1, scope: !85)
!90 = !DILocation(line: 13, column: 2, scope: !85)
!91 = !DILocation(line: 14, column: 2, scope: !85)
!92 = !DILocation(line: 15, column: 2, scope: !85)
