; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !47 {
entry:
  %tmp5 = alloca [1 x i64], align 8, !dbg !53
  %tmp2 = alloca [1 x i64], align 8, !dbg !53
  %tmp1 = alloca [1 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost17, %stat.inc19, %rec.fill16, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %6 = bitcast i8* %5 to i32*, !dbg !55
  %7 = load i32, i32* %6, align 4, !dbg !55
  %8 = ptrtoint i8* %ctx to i64, !dbg !55
  %9 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !55
  %10 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !55
  store i64 0, i64* %10, align 8, !dbg !55
  %.not = icmp ult i32 %7, 524288, !dbg !55
  br i1 %.not, label %elem.done, label %elem.read, !dbg !55

elem.read:                                        ; preds = %pid.match
  %11 = and i32 %7, 65535, !dbg !55
  %12 = zext i32 %11 to i64, !dbg !55
  %13 = add i64 %12, %8, !dbg !55
  %14 = inttoptr i64 %13 to i8*, !dbg !55
  %15 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %14) #0, !dbg !55
  br label %elem.done, !dbg !55

elem.done:                                        ; preds = %elem.read, %pid.match
  %16 = load i64, i64* %10, align 8, !dbg !55
  %17 = getelementptr i8, i8* %ctx, i64 28, !dbg !55
  %18 = bitcast i8* %17 to i32*, !dbg !55
  %19 = load i32, i32* %18, align 4, !dbg !55
  %20 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !55
  store i64 0, i64* %20, align 8, !dbg !55
  %21 = icmp ugt i32 %19, 1048575, !dbg !55
  br i1 %21, label %elem.read3, label %elem.done4, !dbg !55

elem.read3:                                       ; preds = %elem.done
  %22 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !55
  %23 = and i32 %19, 65535, !dbg !55
  %24 = zext i32 %23 to i64, !dbg !55
  %25 = add i64 %24, %8, !dbg !55
  %26 = add i64 %25, 8, !dbg !55
  %27 = inttoptr i64 %26 to i8*, !dbg !55
  %28 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %22, i32 8, i8* %27) #0, !dbg !55
  br label %elem.done4, !dbg !55

elem.done4:                                       ; preds = %elem.read3, %elem.done
  %29 = load i64, i64* %20, align 8, !dbg !55
  %30 = getelementptr i8, i8* %ctx, i64 32, !dbg !55
  %31 = bitcast i8* %30 to i32*, !dbg !55
  %32 = load i32, i32* %31, align 4, !dbg !55
  %33 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp5, i64 0, i64 0, !dbg !55
  store i64 0, i64* %33, align 8, !dbg !55
  %34 = icmp ugt i32 %32, 786431, !dbg !55
  br i1 %34, label %elem.read6, label %elem.done7, !dbg !55

elem.read6:                                       ; preds = %elem.done4
  %35 = bitcast [1 x i64]* %tmp5 to i8*, !dbg !55
  %36 = and i32 %32, 65535, !dbg !55
  %37 = zext i32 %36 to i64, !dbg !55
  %38 = add i64 %37, %8, !dbg !55
  %39 = add i64 %38, 8, !dbg !55
  %40 = inttoptr i64 %39 to i8*, !dbg !55
  %41 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %35, i32 4, i8* %40) #0, !dbg !55
  br label %elem.done7, !dbg !55

elem.done7:                                       ; preds = %elem.read6, %elem.done4
  %42 = bitcast [1 x i64]* %tmp5 to i32*, !dbg !55
  %43 = load i32, i32* %42, align 8, !dbg !55
  %44 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !55
  %.not21 = icmp eq i8* %44, null, !dbg !55
  br i1 %.not21, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %elem.done7
  %45 = zext i32 %43 to i64, !dbg !55
  %46 = bitcast i8* %44 to i64*, !dbg !55
  store i64 1, i64* %46, align 8, !dbg !55
  %47 = getelementptr i8, i8* %44, i64 8, !dbg !55
  %48 = bitcast i8* %47 to i64*, !dbg !55
  store i64 %16, i64* %48, align 8, !dbg !55
  %49 = getelementptr i8, i8* %44, i64 16, !dbg !55
  %50 = bitcast i8* %49 to i64*, !dbg !55
  store i64 %29, i64* %50, align 8, !dbg !55
  %51 = getelementptr i8, i8* %44, i64 24, !dbg !55
  %52 = bitcast i8* %51 to i64*, !dbg !55
  store i64 %45, i64* %52, align 8, !dbg !55
  %53 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %54 = icmp ugt i64 %53, 65536, !dbg !55
  %55 = select i1 %54, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %44, i64 %55) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %elem.done7
  %56 = bitcast i32* %zero to i8*, !dbg !55
  %57 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %56) #0, !dbg !55
  %.not22 = icmp eq i8* %57, null, !dbg !55
  br i1 %.not22, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %58 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !56
  %.not23 = icmp eq i8* %58, null, !dbg !56
  br i1 %.not23, label %rec.lost9, label %rec.fill8, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %59 = bitcast i8* %57 to i64*, !dbg !55
  %60 = load i64, i64* %59, align 8, !dbg !55
  %61 = add i64 %60, 1, !dbg !55
  store i64 %61, i64* %59, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill8:                                        ; preds = %rec.done
  %62 = bitcast i8* %58 to i64*, !dbg !56
  store i64 4294967298, i64* %62, align 8, !dbg !56
  %63 = getelementptr i8, i8* %58, i64 8, !dbg !56
  %64 = load i32, i32* %31, align 4, !dbg !56
  %65 = zext i32 %64 to i64, !dbg !56
  %66 = lshr i64 %65, 16, !dbg !56
  %67 = icmp ult i64 %66, 256, !dbg !56
  %len = select i1 %67, i64 %66, i64 256, !dbg !56
  %68 = bitcast i8* %63 to i64*, !dbg !56
  store i64 0, i64* %68, align 8, !dbg !56
  %69 = and i64 %65, 65535, !dbg !56
  %70 = add i64 %69, %8, !dbg !56
  %71 = inttoptr i64 %70 to i8*, !dbg !56
  store i64 %len, i64* %68, align 8, !dbg !56
  %72 = getelementptr i8, i8* %58, i64 16, !dbg !56
  %73 = trunc i64 %len to i32, !dbg !56
  %74 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %72, i32 %73, i8* %71) #0, !dbg !56
  %75 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %76 = icmp ugt i64 %75, 65536, !dbg !56
  %77 = select i1 %76, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %58, i64 %77) #0, !dbg !56
  br label %rec.done10, !dbg !56

rec.lost9:                                        ; preds = %rec.done
  %78 = bitcast i32* %zero to i8*, !dbg !56
  %79 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %78) #0, !dbg !56
  %.not24 = icmp eq i8* %79, null, !dbg !56
  br i1 %.not24, label %rec.done10, label %stat.inc11, !dbg !56

rec.done10:                                       ; preds = %rec.lost9, %stat.inc11, %rec.fill8
  %80 = getelementptr i8, i8* %ctx, i64 16, !dbg !57
  %81 = bitcast i8* %80 to i32*, !dbg !57
  %82 = load i32, i32* %81, align 4, !dbg !57
  %83 = sext i32 %82 to i64, !dbg !57
  %84 = load i32, i32* %6, align 4, !dbg !58
  %85 = zext i32 %84 to i64, !dbg !58
  %86 = lshr i64 %85, 19, !dbg !58
  store i64 0, i64* %10, align 8, !dbg !58
  %87 = icmp ugt i64 %86, %83, !dbg !58
  br i1 %87, label %elem.read14, label %elem.done15, !dbg !58

stat.inc11:                                       ; preds = %rec.lost9
  %88 = bitcast i8* %79 to i64*, !dbg !56
  %89 = load i64, i64* %88, align 8, !dbg !56
  %90 = add i64 %89, 1, !dbg !56
  store i64 %90, i64* %88, align 8, !dbg !56
  br label %rec.done10, !dbg !56

elem.read14:                                      ; preds = %rec.done10
  %91 = and i64 %85, 65535, !dbg !58
  %92 = add i64 %91, %8, !dbg !58
  %93 = shl nsw i64 %83, 3, !dbg !58
  %94 = add i64 %92, %93, !dbg !58
  %95 = inttoptr i64 %94 to i8*, !dbg !58
  %96 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %9, i32 8, i8* %95) #0, !dbg !58
  br label %elem.done15, !dbg !58

elem.done15:                                      ; preds = %elem.read14, %rec.done10
  %97 = load i64, i64* %10, align 8, !dbg !58
  %98 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !58
  %.not25 = icmp eq i8* %98, null, !dbg !58
  br i1 %.not25, label %rec.lost17, label %rec.fill16, !dbg !58

rec.fill16:                                       ; preds = %elem.done15
  %99 = bitcast i8* %98 to i64*, !dbg !58
  store i64 8589934594, i64* %99, align 8, !dbg !58
  %100 = getelementptr i8, i8* %98, i64 8, !dbg !58
  %101 = bitcast i8* %100 to i64*, !dbg !58
  store i64 %97, i64* %101, align 8, !dbg !58
  %102 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %103 = icmp ugt i64 %102, 65536, !dbg !58
  %104 = select i1 %103, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %98, i64 %104) #0, !dbg !58
  br label %return, !dbg !58

rec.lost17:                                       ; preds = %elem.done15
  %105 = bitcast i32* %zero to i8*, !dbg !58
  %106 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %105) #0, !dbg !58
  %.not26 = icmp eq i8* %106, null, !dbg !58
  br i1 %.not26, label %return, label %stat.inc19, !dbg !58

stat.inc19:                                       ; preds = %rec.lost17
  %107 = bitcast i8* %106 to i64*, !dbg !58
  %108 = load i64, i64* %107, align 8, !dbg !58
  %109 = add i64 %108, 1, !dbg !58
  store i64 %109, i64* %107, align 8, !dbg !58
  br label %return, !dbg !58
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_arm_event(i8* %ctx) #0 section "tracepoint/ras/arm_event" !dbg !59 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !62
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !61, metadata !DIExpression()), !dbg !62
  %zero = alloca i32, align 4, !dbg !63
  store i32 0, i32* %zero, align 4, !dbg !63
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !63
  %1 = icmp eq i64 %0, 0, !dbg !63
  br i1 %1, label %pid.match, label %pid.filter, !dbg !63

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %pid.filter
  ret i32 0, !dbg !63

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !63
  %3 = lshr i64 %2, 32, !dbg !63
  %4 = icmp eq i64 %3, %0, !dbg !63
  br i1 %4, label %pid.match, label %return, !dbg !63

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !64
  %.not = icmp eq i8* %5, null, !dbg !64
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !64

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !64
  store i64 12884901890, i64* %6, align 8, !dbg !64
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !64
  %8 = getelementptr i8, i8* %ctx, i64 40, !dbg !64
  %9 = bitcast i8* %8 to i32*, !dbg !64
  %10 = load i32, i32* %9, align 4, !dbg !64
  %11 = zext i32 %10 to i64, !dbg !64
  %12 = lshr i64 %11, 16, !dbg !64
  %13 = icmp ult i64 %12, 256, !dbg !64
  %len = select i1 %13, i64 %12, i64 256, !dbg !64
  %14 = bitcast i8* %7 to i64*, !dbg !64
  store i64 0, i64* %14, align 8, !dbg !64
  %15 = and i64 %11, 65535, !dbg !64
  %16 = ptrtoint i8* %ctx to i64, !dbg !64
  %17 = add i64 %15, %16, !dbg !64
  %18 = inttoptr i64 %17 to i8*, !dbg !64
  store i64 %len, i64* %14, align 8, !dbg !64
  %19 = getelementptr i8, i8* %5, i64 16, !dbg !64
  %20 = trunc i64 %len to i32, !dbg !64
  %21 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %19, i32 %20, i8* %18) #0, !dbg !64
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !64
  %23 = icmp ugt i64 %22, 65536, !dbg !64
  %24 = select i1 %23, i64 2, i64 1, !dbg !64
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %24) #0, !dbg !64
  br label %rec.done, !dbg !64

rec.lost:                                         ; preds = %pid.match
  %25 = bitcast i32* %zero to i8*, !dbg !64
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !64
  %.not6 = icmp eq i8* %26, null, !dbg !64
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !64

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %27 = getelementptr i8, i8* %ctx, i64 56, !dbg !65
  %28 = bitcast i8* %27 to i32*, !dbg !65
  %29 = load i32, i32* %28, align 4, !dbg !65
  %30 = bitcast [1 x i64]* %tmp to i8*, !dbg !65
  %31 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !65
  store i64 0, i64* %31, align 8, !dbg !65
  %32 = icmp ugt i32 %29, 262143, !dbg !65
  br i1 %32, label %elem.read, label %elem.done, !dbg !65

stat.inc:                                         ; preds = %rec.lost
  %33 = bitcast i8* %26 to i64*, !dbg !64
  %34 = load i64, i64* %33, align 8, !dbg !64
  %35 = add i64 %34, 1, !dbg !64
  store i64 %35, i64* %33, align 8, !dbg !64
  br label %rec.done, !dbg !64

elem.read:                                        ; preds = %rec.done
  %36 = ptrtoint i8* %ctx to i64, !dbg !65
  %37 = and i32 %29, 65535, !dbg !65
  %38 = zext i32 %37 to i64, !dbg !65
  %39 = add i64 %38, %36, !dbg !65
  %40 = add i64 %39, 3, !dbg !65
  %41 = inttoptr i64 %40 to i8*, !dbg !65
  %42 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %30, i32 1, i8* %41) #0, !dbg !65
  br label %elem.done, !dbg !65

elem.done:                                        ; preds = %elem.read, %rec.done
  %43 = load i8, i8* %30, align 8, !dbg !65
  %44 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !65
  %.not7 = icmp eq i8* %44, null, !dbg !65
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !65

rec.fill1:                                        ; preds = %elem.done
  %45 = zext i8 %43 to i64, !dbg !65
  %46 = bitcast i8* %44 to i64*, !dbg !65
  store i64 17179869185, i64* %46, align 8, !dbg !65
  %47 = getelementptr i8, i8* %44, i64 8, !dbg !65
  %48 = bitcast i8* %47 to i64*, !dbg !65
  store i64 %45, i64* %48, align 8, !dbg !65
  %49 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !65
  %50 = icmp ugt i64 %49, 65536, !dbg !65
  %51 = select i1 %50, i64 2, i64 1, !dbg !65
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %44, i64 %51) #0, !dbg !65
  br label %return, !dbg !65

rec.lost2:                                        ; preds = %elem.done
  %52 = bitcast i32* %zero to i8*, !dbg !65
  %53 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %52) #0, !dbg !65
  %.not8 = icmp eq i8* %53, null, !dbg !65
  br i1 %.not8, label %return, label %stat.inc4, !dbg !65

stat.inc4:                                        ; preds = %rec.lost2
  %54 = bitcast i8* %53 to i64*, !dbg !65
  %55 = load i64, i64* %54, align 8, !dbg !65
  %56 = add i64 %55, 1, !dbg !65
  store i64 %56, i64* %54, align 8, !dbg !65
  br label %return, !dbg !65
}

; Function Attrs: nounwind
define i32 @tp2_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !66 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !69
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !68, metadata !DIExpression()), !dbg !69
  %zero = alloca i32, align 4, !dbg !70
  store i32 0, i32* %zero, align 4, !dbg !70
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !70
  %1 = icmp eq i64 %0, 0, !dbg !70
  br i1 %1, label %pid.match, label %pid.filter, !dbg !70

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %pid.filter
  ret i32 0, !dbg !70

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !70
  %3 = lshr i64 %2, 32, !dbg !70
  %4 = icmp eq i64 %3, %0, !dbg !70
  br i1 %4, label %pid.match, label %return, !dbg !70

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 272, i64 0) #0, !dbg !71
  %.not = icmp eq i8* %5, null, !dbg !71
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !71

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !71
  store i64 21474836482, i64* %6, align 8, !dbg !71
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !71
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !71
  %9 = bitcast i8* %8 to i32*, !dbg !71
  %10 = load i32, i32* %9, align 4, !dbg !71
  %11 = zext i32 %10 to i64, !dbg !71
  %12 = lshr i64 %11, 16, !dbg !71
  %13 = icmp ult i64 %12, 256, !dbg !71
  %len = select i1 %13, i64 %12, i64 256, !dbg !71
  %14 = bitcast i8* %7 to i64*, !dbg !71
  store i64 0, i64* %14, align 8, !dbg !71
  %15 = and i64 %11, 65535, !dbg !71
  %16 = ptrtoint i8* %ctx to i64, !dbg !71
  %17 = add i64 %15, %16, !dbg !71
  %18 = inttoptr i64 %17 to i8*, !dbg !71
  store i64 %len, i64* %14, align 8, !dbg !71
  %19 = getelementptr i8, i8* %5, i64 16, !dbg !71
  %20 = trunc i64 %len to i32, !dbg !71
  %21 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %19, i32 %20, i8* %18) #0, !dbg !71
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !71
  %23 = icmp ugt i64 %22, 65536, !dbg !71
  %24 = select i1 %23, i64 2, i64 1, !dbg !71
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %24) #0, !dbg !71
  br label %rec.done, !dbg !71

rec.lost:                                         ; preds = %pid.match
  %25 = bitcast i32* %zero to i8*, !dbg !71
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !71
  %.not6 = icmp eq i8* %26, null, !dbg !71
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !71

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %27 = getelementptr i8, i8* %ctx, i64 8, !dbg !72
  %28 = bitcast i8* %27 to i32*, !dbg !72
  %29 = load i32, i32* %28, align 4, !dbg !72
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !72
  store i64 0, i64* %30, align 8, !dbg !72
  %.not7 = icmp ult i32 %29, 524288, !dbg !72
  br i1 %.not7, label %elem.done, label %elem.read, !dbg !72

stat.inc:                                         ; preds = %rec.lost
  %31 = bitcast i8* %26 to i64*, !dbg !71
  %32 = load i64, i64* %31, align 8, !dbg !71
  %33 = add i64 %32, 1, !dbg !71
  store i64 %33, i64* %31, align 8, !dbg !71
  br label %rec.done, !dbg !71

elem.read:                                        ; preds = %rec.done
  %34 = bitcast [1 x i64]* %tmp to i8*, !dbg !72
  %35 = and i32 %29, 65535, !dbg !72
  %36 = zext i32 %35 to i64, !dbg !72
  %37 = ptrtoint i8* %ctx to i64, !dbg !72
  %38 = add i64 %36, %37, !dbg !72
  %39 = inttoptr i64 %38 to i8*, !dbg !72
  %40 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %34, i32 8, i8* %39) #0, !dbg !72
  br label %elem.done, !dbg !72

elem.done:                                        ; preds = %elem.read, %rec.done
  %41 = load i64, i64* %30, align 8, !dbg !72
  %42 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !72
  %.not8 = icmp eq i8* %42, null, !dbg !72
  br i1 %.not8, label %rec.lost2, label %rec.fill1, !dbg !72

rec.fill1:                                        ; preds = %elem.done
  %43 = bitcast i8* %42 to i64*, !dbg !72
  store i64 25769803777, i64* %43, align 8, !dbg !72
  %44 = getelementptr i8, i8* %42, i64 8, !dbg !72
  %45 = bitcast i8* %44 to i64*, !dbg !72
  store i64 %41, i64* %45, align 8, !dbg !72
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !72
  %47 = icmp ugt i64 %46, 65536, !dbg !72
  %48 = select i1 %47, i64 2, i64 1, !dbg !72
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %42, i64 %48) #0, !dbg !72
  br label %return, !dbg !72

rec.lost2:                                        ; preds = %elem.done
  %49 = bitcast i32* %zero to i8*, !dbg !72
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #0, !dbg !72
  %.not9 = icmp eq i8* %50, null, !dbg !72
  br i1 %.not9, label %return, label %stat.inc4, !dbg !72

stat.inc4:                                        ; preds = %rec.lost2
  %51 = bitcast i8* %50 to i64*, !dbg !72
  %52 = load i64, i64* %51, align 8, !dbg !72
  %53 = add i64 %52, 1, !dbg !72
  store i64 %53, i64* %51, align 8, !dbg !72
  br label %return, !dbg !72
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_data_loc_array.tp", directory: ".")
!4 = !{!0, !5, !26}
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
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_dma_map_sg", linkageName: "tp0_dma_map_sg", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
!57 = !DILocation(line: 5, column: 2, scope: !47)
!58 = !DILocation(line: 6, column: 2, scope: !47)
!59 = distinct !DISubprogram(name: "tp1_arm_event", linkageName: "tp1_arm_event", scope: !3, file: !3, line: 8, type: !48, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!60 = !{!61}
!61 = !DILocalVariable(name: "ctx", arg: 1, scope: !59, file: !3, line: 8, type: !50)
!62 = !DILocation(line: 8, scope: !59)
!63 = !DILocation(line: 8, column: 1, scope: !59)
!64 = !DILocation(line: 9, column: 2, scope: !59)
!65 = !DILocation(line: 10, column: 2, scope: !59)
!66 = distinct !DISubprogram(name: "tp2_ipi_send_cpumask", linkageName: "tp2_ipi_send_cpumask", scope: !3, file: !3, line: 12, type: !48, scopeLine: 12, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !67)
!67 = !{!68}
!68 = !DILocalVariable(name: "ctx", arg: 1, scope: !66, file: !3, line: 12, type: !50)
!69 = !DILocation(line: 12, scope: !66)
!70 = !DILocation(line: 12, column: 1, scope: !66)
!71 = !DILocation(line: 13, column: 2, scope: !66)
!72 = !DILocation(line: 14, column: 2, scope: !66)
