; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !40 {
entry:
  %tmp5 = alloca [1 x i64], align 8, !dbg !46
  %tmp2 = alloca [1 x i64], align 8, !dbg !46
  %tmp1 = alloca [1 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i32*, !dbg !48
  %2 = load i32, i32* %1, align 4, !dbg !48
  %3 = ptrtoint i8* %ctx to i64, !dbg !48
  %4 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !48
  %5 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !48
  store i64 0, i64* %5, align 8, !dbg !48
  %.not = icmp ult i32 %2, 524288, !dbg !48
  br i1 %.not, label %elem.done, label %elem.read, !dbg !48

elem.read:                                        ; preds = %entry
  %6 = and i32 %2, 65535, !dbg !48
  %7 = zext i32 %6 to i64, !dbg !48
  %8 = add i64 %7, %3, !dbg !48
  %9 = inttoptr i64 %8 to i8*, !dbg !48
  %10 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %9) #0, !dbg !48
  br label %elem.done, !dbg !48

elem.done:                                        ; preds = %elem.read, %entry
  %11 = load i64, i64* %5, align 8, !dbg !48
  %12 = getelementptr i8, i8* %ctx, i64 28, !dbg !48
  %13 = bitcast i8* %12 to i32*, !dbg !48
  %14 = load i32, i32* %13, align 4, !dbg !48
  %15 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !48
  store i64 0, i64* %15, align 8, !dbg !48
  %16 = icmp ugt i32 %14, 1048575, !dbg !48
  br i1 %16, label %elem.read3, label %elem.done4, !dbg !48

elem.read3:                                       ; preds = %elem.done
  %17 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !48
  %18 = and i32 %14, 65535, !dbg !48
  %19 = zext i32 %18 to i64, !dbg !48
  %20 = add i64 %19, %3, !dbg !48
  %21 = add i64 %20, 8, !dbg !48
  %22 = inttoptr i64 %21 to i8*, !dbg !48
  %23 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %17, i32 8, i8* %22) #0, !dbg !48
  br label %elem.done4, !dbg !48

elem.done4:                                       ; preds = %elem.read3, %elem.done
  %24 = load i64, i64* %15, align 8, !dbg !48
  %25 = getelementptr i8, i8* %ctx, i64 32, !dbg !48
  %26 = bitcast i8* %25 to i32*, !dbg !48
  %27 = load i32, i32* %26, align 4, !dbg !48
  %28 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp5, i64 0, i64 0, !dbg !48
  store i64 0, i64* %28, align 8, !dbg !48
  %29 = icmp ugt i32 %27, 786431, !dbg !48
  br i1 %29, label %elem.read6, label %elem.done7, !dbg !48

elem.read6:                                       ; preds = %elem.done4
  %30 = bitcast [1 x i64]* %tmp5 to i8*, !dbg !48
  %31 = and i32 %27, 65535, !dbg !48
  %32 = zext i32 %31 to i64, !dbg !48
  %33 = add i64 %32, %3, !dbg !48
  %34 = add i64 %33, 8, !dbg !48
  %35 = inttoptr i64 %34 to i8*, !dbg !48
  %36 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %30, i32 4, i8* %35) #0, !dbg !48
  br label %elem.done7, !dbg !48

elem.done7:                                       ; preds = %elem.read6, %elem.done4
  %37 = bitcast [1 x i64]* %tmp5 to i32*, !dbg !48
  %38 = load i32, i32* %37, align 8, !dbg !48
  %39 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !48
  %.not21 = icmp eq i8* %39, null, !dbg !48
  br i1 %.not21, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %elem.done7
  %40 = zext i32 %38 to i64, !dbg !48
  %41 = bitcast i8* %39 to i64*, !dbg !48
  store i64 1, i64* %41, align 8, !dbg !48
  %42 = getelementptr i8, i8* %39, i64 8, !dbg !48
  %43 = bitcast i8* %42 to i64*, !dbg !48
  store i64 %11, i64* %43, align 8, !dbg !48
  %44 = getelementptr i8, i8* %39, i64 16, !dbg !48
  %45 = bitcast i8* %44 to i64*, !dbg !48
  store i64 %24, i64* %45, align 8, !dbg !48
  %46 = getelementptr i8, i8* %39, i64 24, !dbg !48
  %47 = bitcast i8* %46 to i64*, !dbg !48
  store i64 %40, i64* %47, align 8, !dbg !48
  %48 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %49 = icmp ugt i64 %48, 65536, !dbg !48
  %50 = select i1 %49, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %39, i64 %50) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %elem.done7
  %51 = bitcast i32* %zero to i8*, !dbg !48
  %52 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %51) #0, !dbg !48
  %.not22 = icmp eq i8* %52, null, !dbg !48
  br i1 %.not22, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %53 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !49
  %.not23 = icmp eq i8* %53, null, !dbg !49
  br i1 %.not23, label %rec.lost9, label %rec.fill8, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %54 = bitcast i8* %52 to i64*, !dbg !48
  %55 = load i64, i64* %54, align 8, !dbg !48
  %56 = add i64 %55, 1, !dbg !48
  store i64 %56, i64* %54, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill8:                                        ; preds = %rec.done
  %57 = bitcast i8* %53 to i64*, !dbg !49
  store i64 4294967298, i64* %57, align 8, !dbg !49
  %58 = getelementptr i8, i8* %53, i64 8, !dbg !49
  %59 = load i32, i32* %26, align 4, !dbg !49
  %60 = zext i32 %59 to i64, !dbg !49
  %61 = lshr i64 %60, 16, !dbg !49
  %62 = icmp ult i64 %61, 256, !dbg !49
  %len = select i1 %62, i64 %61, i64 256, !dbg !49
  %63 = bitcast i8* %58 to i64*, !dbg !49
  store i64 0, i64* %63, align 8, !dbg !49
  %64 = and i64 %60, 65535, !dbg !49
  %65 = add i64 %64, %3, !dbg !49
  %66 = inttoptr i64 %65 to i8*, !dbg !49
  store i64 %len, i64* %63, align 8, !dbg !49
  %67 = getelementptr i8, i8* %53, i64 16, !dbg !49
  %68 = trunc i64 %len to i32, !dbg !49
  %69 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %67, i32 %68, i8* %66) #0, !dbg !49
  %70 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %71 = icmp ugt i64 %70, 65536, !dbg !49
  %72 = select i1 %71, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %53, i64 %72) #0, !dbg !49
  br label %rec.done10, !dbg !49

rec.lost9:                                        ; preds = %rec.done
  %73 = bitcast i32* %zero to i8*, !dbg !49
  %74 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %73) #0, !dbg !49
  %.not24 = icmp eq i8* %74, null, !dbg !49
  br i1 %.not24, label %rec.done10, label %stat.inc11, !dbg !49

rec.done10:                                       ; preds = %rec.lost9, %stat.inc11, %rec.fill8
  %75 = getelementptr i8, i8* %ctx, i64 16, !dbg !50
  %76 = bitcast i8* %75 to i32*, !dbg !50
  %77 = load i32, i32* %76, align 4, !dbg !50
  %78 = sext i32 %77 to i64, !dbg !50
  %79 = load i32, i32* %1, align 4, !dbg !51
  %80 = zext i32 %79 to i64, !dbg !51
  %81 = lshr i64 %80, 19, !dbg !51
  store i64 0, i64* %5, align 8, !dbg !51
  %82 = icmp ugt i64 %81, %78, !dbg !51
  br i1 %82, label %elem.read14, label %elem.done15, !dbg !51

stat.inc11:                                       ; preds = %rec.lost9
  %83 = bitcast i8* %74 to i64*, !dbg !49
  %84 = load i64, i64* %83, align 8, !dbg !49
  %85 = add i64 %84, 1, !dbg !49
  store i64 %85, i64* %83, align 8, !dbg !49
  br label %rec.done10, !dbg !49

elem.read14:                                      ; preds = %rec.done10
  %86 = and i64 %80, 65535, !dbg !51
  %87 = add i64 %86, %3, !dbg !51
  %88 = shl nsw i64 %78, 3, !dbg !51
  %89 = add i64 %87, %88, !dbg !51
  %90 = inttoptr i64 %89 to i8*, !dbg !51
  %91 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 8, i8* %90) #0, !dbg !51
  br label %elem.done15, !dbg !51

elem.done15:                                      ; preds = %elem.read14, %rec.done10
  %92 = load i64, i64* %5, align 8, !dbg !51
  %93 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !51
  %.not25 = icmp eq i8* %93, null, !dbg !51
  br i1 %.not25, label %rec.lost17, label %rec.fill16, !dbg !51

rec.fill16:                                       ; preds = %elem.done15
  %94 = bitcast i8* %93 to i64*, !dbg !51
  store i64 8589934594, i64* %94, align 8, !dbg !51
  %95 = getelementptr i8, i8* %93, i64 8, !dbg !51
  %96 = bitcast i8* %95 to i64*, !dbg !51
  store i64 %92, i64* %96, align 8, !dbg !51
  %97 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !51
  %98 = icmp ugt i64 %97, 65536, !dbg !51
  %99 = select i1 %98, i64 2, i64 1, !dbg !51
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %93, i64 %99) #0, !dbg !51
  br label %rec.done18, !dbg !51

rec.lost17:                                       ; preds = %elem.done15
  %100 = bitcast i32* %zero to i8*, !dbg !51
  %101 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %100) #0, !dbg !51
  %.not26 = icmp eq i8* %101, null, !dbg !51
  br i1 %.not26, label %rec.done18, label %stat.inc19, !dbg !51

rec.done18:                                       ; preds = %rec.lost17, %stat.inc19, %rec.fill16
  ret i32 0, !dbg !47

stat.inc19:                                       ; preds = %rec.lost17
  %102 = bitcast i8* %101 to i64*, !dbg !51
  %103 = load i64, i64* %102, align 8, !dbg !51
  %104 = add i64 %103, 1, !dbg !51
  store i64 %104, i64* %102, align 8, !dbg !51
  br label %rec.done18, !dbg !51
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_arm_event(i8* %ctx) #0 section "tracepoint/ras/arm_event" !dbg !52 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !55
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !54, metadata !DIExpression()), !dbg !55
  %zero = alloca i32, align 4, !dbg !56
  store i32 0, i32* %zero, align 4, !dbg !56
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !57
  %.not = icmp eq i8* %0, null, !dbg !57
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !57

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !57
  store i64 12884901890, i64* %1, align 8, !dbg !57
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !57
  %3 = getelementptr i8, i8* %ctx, i64 40, !dbg !57
  %4 = bitcast i8* %3 to i32*, !dbg !57
  %5 = load i32, i32* %4, align 4, !dbg !57
  %6 = zext i32 %5 to i64, !dbg !57
  %7 = lshr i64 %6, 16, !dbg !57
  %8 = icmp ult i64 %7, 256, !dbg !57
  %len = select i1 %8, i64 %7, i64 256, !dbg !57
  %9 = bitcast i8* %2 to i64*, !dbg !57
  store i64 0, i64* %9, align 8, !dbg !57
  %10 = and i64 %6, 65535, !dbg !57
  %11 = ptrtoint i8* %ctx to i64, !dbg !57
  %12 = add i64 %10, %11, !dbg !57
  %13 = inttoptr i64 %12 to i8*, !dbg !57
  store i64 %len, i64* %9, align 8, !dbg !57
  %14 = getelementptr i8, i8* %0, i64 16, !dbg !57
  %15 = trunc i64 %len to i32, !dbg !57
  %16 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %14, i32 %15, i8* %13) #0, !dbg !57
  %17 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %18 = icmp ugt i64 %17, 65536, !dbg !57
  %19 = select i1 %18, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %19) #0, !dbg !57
  br label %rec.done, !dbg !57

rec.lost:                                         ; preds = %entry
  %20 = bitcast i32* %zero to i8*, !dbg !57
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !57
  %.not6 = icmp eq i8* %21, null, !dbg !57
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !57

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %22 = getelementptr i8, i8* %ctx, i64 56, !dbg !58
  %23 = bitcast i8* %22 to i32*, !dbg !58
  %24 = load i32, i32* %23, align 4, !dbg !58
  %25 = bitcast [1 x i64]* %tmp to i8*, !dbg !58
  %26 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !58
  store i64 0, i64* %26, align 8, !dbg !58
  %27 = icmp ugt i32 %24, 262143, !dbg !58
  br i1 %27, label %elem.read, label %elem.done, !dbg !58

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %21 to i64*, !dbg !57
  %29 = load i64, i64* %28, align 8, !dbg !57
  %30 = add i64 %29, 1, !dbg !57
  store i64 %30, i64* %28, align 8, !dbg !57
  br label %rec.done, !dbg !57

elem.read:                                        ; preds = %rec.done
  %31 = ptrtoint i8* %ctx to i64, !dbg !58
  %32 = and i32 %24, 65535, !dbg !58
  %33 = zext i32 %32 to i64, !dbg !58
  %34 = add i64 %33, %31, !dbg !58
  %35 = add i64 %34, 3, !dbg !58
  %36 = inttoptr i64 %35 to i8*, !dbg !58
  %37 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %25, i32 1, i8* %36) #0, !dbg !58
  br label %elem.done, !dbg !58

elem.done:                                        ; preds = %elem.read, %rec.done
  %38 = load i8, i8* %25, align 8, !dbg !58
  %39 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !58
  %.not7 = icmp eq i8* %39, null, !dbg !58
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !58

rec.fill1:                                        ; preds = %elem.done
  %40 = zext i8 %38 to i64, !dbg !58
  %41 = bitcast i8* %39 to i64*, !dbg !58
  store i64 17179869185, i64* %41, align 8, !dbg !58
  %42 = getelementptr i8, i8* %39, i64 8, !dbg !58
  %43 = bitcast i8* %42 to i64*, !dbg !58
  store i64 %40, i64* %43, align 8, !dbg !58
  %44 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %45 = icmp ugt i64 %44, 65536, !dbg !58
  %46 = select i1 %45, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %39, i64 %46) #0, !dbg !58
  br label %rec.done3, !dbg !58

rec.lost2:                                        ; preds = %elem.done
  %47 = bitcast i32* %zero to i8*, !dbg !58
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #0, !dbg !58
  %.not8 = icmp eq i8* %48, null, !dbg !58
  br i1 %.not8, label %rec.done3, label %stat.inc4, !dbg !58

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  ret i32 0, !dbg !56

stat.inc4:                                        ; preds = %rec.lost2
  %49 = bitcast i8* %48 to i64*, !dbg !58
  %50 = load i64, i64* %49, align 8, !dbg !58
  %51 = add i64 %50, 1, !dbg !58
  store i64 %51, i64* %49, align 8, !dbg !58
  br label %rec.done3, !dbg !58
}

; Function Attrs: nounwind
define i32 @tp2_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !59 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !62
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !61, metadata !DIExpression()), !dbg !62
  %zero = alloca i32, align 4, !dbg !63
  store i32 0, i32* %zero, align 4, !dbg !63
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !64
  %.not = icmp eq i8* %0, null, !dbg !64
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !64

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !64
  store i64 21474836482, i64* %1, align 8, !dbg !64
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !64
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !64
  %4 = bitcast i8* %3 to i32*, !dbg !64
  %5 = load i32, i32* %4, align 4, !dbg !64
  %6 = zext i32 %5 to i64, !dbg !64
  %7 = lshr i64 %6, 16, !dbg !64
  %8 = icmp ult i64 %7, 256, !dbg !64
  %len = select i1 %8, i64 %7, i64 256, !dbg !64
  %9 = bitcast i8* %2 to i64*, !dbg !64
  store i64 0, i64* %9, align 8, !dbg !64
  %10 = and i64 %6, 65535, !dbg !64
  %11 = ptrtoint i8* %ctx to i64, !dbg !64
  %12 = add i64 %10, %11, !dbg !64
  %13 = inttoptr i64 %12 to i8*, !dbg !64
  store i64 %len, i64* %9, align 8, !dbg !64
  %14 = getelementptr i8, i8* %0, i64 16, !dbg !64
  %15 = trunc i64 %len to i32, !dbg !64
  %16 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %14, i32 %15, i8* %13) #0, !dbg !64
  %17 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !64
  %18 = icmp ugt i64 %17, 65536, !dbg !64
  %19 = select i1 %18, i64 2, i64 1, !dbg !64
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %19) #0, !dbg !64
  br label %rec.done, !dbg !64

rec.lost:                                         ; preds = %entry
  %20 = bitcast i32* %zero to i8*, !dbg !64
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !64
  %.not6 = icmp eq i8* %21, null, !dbg !64
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !64

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %22 = getelementptr i8, i8* %ctx, i64 8, !dbg !65
  %23 = bitcast i8* %22 to i32*, !dbg !65
  %24 = load i32, i32* %23, align 4, !dbg !65
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !65
  store i64 0, i64* %25, align 8, !dbg !65
  %.not7 = icmp ult i32 %24, 524288, !dbg !65
  br i1 %.not7, label %elem.done, label %elem.read, !dbg !65

stat.inc:                                         ; preds = %rec.lost
  %26 = bitcast i8* %21 to i64*, !dbg !64
  %27 = load i64, i64* %26, align 8, !dbg !64
  %28 = add i64 %27, 1, !dbg !64
  store i64 %28, i64* %26, align 8, !dbg !64
  br label %rec.done, !dbg !64

elem.read:                                        ; preds = %rec.done
  %29 = bitcast [1 x i64]* %tmp to i8*, !dbg !65
  %30 = and i32 %24, 65535, !dbg !65
  %31 = zext i32 %30 to i64, !dbg !65
  %32 = ptrtoint i8* %ctx to i64, !dbg !65
  %33 = add i64 %31, %32, !dbg !65
  %34 = inttoptr i64 %33 to i8*, !dbg !65
  %35 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %29, i32 8, i8* %34) #0, !dbg !65
  br label %elem.done, !dbg !65

elem.done:                                        ; preds = %elem.read, %rec.done
  %36 = load i64, i64* %25, align 8, !dbg !65
  %37 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !65
  %.not8 = icmp eq i8* %37, null, !dbg !65
  br i1 %.not8, label %rec.lost2, label %rec.fill1, !dbg !65

rec.fill1:                                        ; preds = %elem.done
  %38 = bitcast i8* %37 to i64*, !dbg !65
  store i64 25769803777, i64* %38, align 8, !dbg !65
  %39 = getelementptr i8, i8* %37, i64 8, !dbg !65
  %40 = bitcast i8* %39 to i64*, !dbg !65
  store i64 %36, i64* %40, align 8, !dbg !65
  %41 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !65
  %42 = icmp ugt i64 %41, 65536, !dbg !65
  %43 = select i1 %42, i64 2, i64 1, !dbg !65
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %37, i64 %43) #0, !dbg !65
  br label %rec.done3, !dbg !65

rec.lost2:                                        ; preds = %elem.done
  %44 = bitcast i32* %zero to i8*, !dbg !65
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %44) #0, !dbg !65
  %.not9 = icmp eq i8* %45, null, !dbg !65
  br i1 %.not9, label %rec.done3, label %stat.inc4, !dbg !65

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  ret i32 0, !dbg !63

stat.inc4:                                        ; preds = %rec.lost2
  %46 = bitcast i8* %45 to i64*, !dbg !65
  %47 = load i64, i64* %46, align 8, !dbg !65
  %48 = add i64 %47, 1, !dbg !65
  store i64 %48, i64* %46, align 8, !dbg !65
  br label %rec.done3, !dbg !65
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_data_loc_array.tp", directory: ".")
!4 = !{!0, !5}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_dma_map_sg", linkageName: "tp0_dma_map_sg", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
!50 = !DILocation(line: 5, column: 2, scope: !40)
!51 = !DILocation(line: 6, column: 2, scope: !40)
!52 = distinct !DISubprogram(name: "tp1_arm_event", linkageName: "tp1_arm_event", scope: !3, file: !3, line: 8, type: !41, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !53)
!53 = !{!54}
!54 = !DILocalVariable(name: "ctx", arg: 1, scope: !52, file: !3, line: 8, type: !43)
!55 = !DILocation(line: 8, scope: !52)
!56 = !DILocation(line: 8, column: 1, scope: !52)
!57 = !DILocation(line: 9, column: 2, scope: !52)
!58 = !DILocation(line: 10, column: 2, scope: !52)
!59 = distinct !DISubprogram(name: "tp2_ipi_send_cpumask", linkageName: "tp2_ipi_send_cpumask", scope: !3, file: !3, line: 12, type: !41, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!60 = !{!61}
!61 = !DILocalVariable(name: "ctx", arg: 1, scope: !59, file: !3, line: 12, type: !43)
!62 = !DILocation(line: 12, scope: !59)
!63 = !DILocation(line: 12, column: 1, scope: !59)
!64 = !DILocation(line: 13, column: 2, scope: !59)
!65 = !DILocation(line: 14, column: 2, scope: !59)
