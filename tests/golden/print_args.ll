; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %0, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !48
  store i64 2, i64* %1, align 8, !dbg !48
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !48
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !48
  %4 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %2, i32 16, i8* %3) #0, !dbg !48
  %5 = getelementptr i8, i8* %0, i64 24, !dbg !48
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %7 = bitcast i8* %6 to i32*, !dbg !48
  %8 = load i32, i32* %7, align 4, !dbg !48
  %9 = sext i32 %8 to i64, !dbg !48
  %10 = bitcast i8* %5 to i64*, !dbg !48
  store i64 %9, i64* %10, align 8, !dbg !48
  %11 = getelementptr i8, i8* %0, i64 32, !dbg !48
  %12 = getelementptr i8, i8* %ctx, i64 28, !dbg !48
  %13 = bitcast i8* %12 to i32*, !dbg !48
  %14 = load i32, i32* %13, align 4, !dbg !48
  %15 = sext i32 %14 to i64, !dbg !48
  %16 = bitcast i8* %11 to i64*, !dbg !48
  store i64 %15, i64* %16, align 8, !dbg !48
  %17 = getelementptr i8, i8* %0, i64 40, !dbg !48
  %18 = getelementptr i8, i8* %ctx, i64 32, !dbg !48
  %19 = bitcast i8* %18 to i64*, !dbg !48
  %20 = load i64, i64* %19, align 8, !dbg !48
  %21 = bitcast i8* %17 to i64*, !dbg !48
  store i64 %20, i64* %21, align 8, !dbg !48
  %22 = getelementptr i8, i8* %0, i64 48, !dbg !48
  %23 = getelementptr i8, i8* %ctx, i64 40, !dbg !48
  %24 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %22, i32 16, i8* %23) #0, !dbg !48
  %25 = getelementptr i8, i8* %0, i64 64, !dbg !48
  %26 = getelementptr i8, i8* %ctx, i64 56, !dbg !48
  %27 = bitcast i8* %26 to i32*, !dbg !48
  %28 = load i32, i32* %27, align 4, !dbg !48
  %29 = sext i32 %28 to i64, !dbg !48
  %30 = bitcast i8* %25 to i64*, !dbg !48
  store i64 %29, i64* %30, align 8, !dbg !48
  %31 = getelementptr i8, i8* %0, i64 72, !dbg !48
  %32 = getelementptr i8, i8* %ctx, i64 60, !dbg !48
  %33 = bitcast i8* %32 to i32*, !dbg !48
  %34 = load i32, i32* %33, align 4, !dbg !48
  %35 = sext i32 %34 to i64, !dbg !48
  %36 = bitcast i8* %31 to i64*, !dbg !48
  store i64 %35, i64* %36, align 8, !dbg !48
  %37 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %38 = icmp ugt i64 %37, 65536, !dbg !48
  %39 = select i1 %38, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %39) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %40 = bitcast i32* %zero to i8*, !dbg !48
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %40) #0, !dbg !48
  %.not1 = icmp eq i8* %41, null, !dbg !48
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %42 = bitcast i8* %41 to i64*, !dbg !48
  %43 = load i64, i64* %42, align 8, !dbg !48
  %44 = add i64 %43, 1, !dbg !48
  store i64 %44, i64* %42, align 8, !dbg !48
  br label %rec.done, !dbg !48
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sched_process_exec(i8* %ctx) #0 section "tracepoint/sched/sched_process_exec" !dbg !49 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !51, metadata !DIExpression()), !dbg !52
  %zero = alloca i32, align 4, !dbg !53
  store i32 0, i32* %zero, align 4, !dbg !53
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !54
  %.not = icmp eq i8* %0, null, !dbg !54
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !54

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !54
  store i64 4294967298, i64* %1, align 8, !dbg !54
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !54
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !54
  %4 = bitcast i8* %3 to i32*, !dbg !54
  %5 = load i32, i32* %4, align 4, !dbg !54
  %6 = and i32 %5, 65535, !dbg !54
  %7 = zext i32 %6 to i64, !dbg !54
  %8 = ptrtoint i8* %ctx to i64, !dbg !54
  %9 = add i64 %8, %7, !dbg !54
  %10 = inttoptr i64 %9 to i8*, !dbg !54
  %11 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %2, i32 64, i8* %10) #0, !dbg !54
  %12 = getelementptr i8, i8* %0, i64 72, !dbg !54
  %13 = getelementptr i8, i8* %ctx, i64 12, !dbg !54
  %14 = bitcast i8* %13 to i32*, !dbg !54
  %15 = load i32, i32* %14, align 4, !dbg !54
  %16 = sext i32 %15 to i64, !dbg !54
  %17 = bitcast i8* %12 to i64*, !dbg !54
  store i64 %16, i64* %17, align 8, !dbg !54
  %18 = getelementptr i8, i8* %0, i64 80, !dbg !54
  %19 = getelementptr i8, i8* %ctx, i64 16, !dbg !54
  %20 = bitcast i8* %19 to i32*, !dbg !54
  %21 = load i32, i32* %20, align 4, !dbg !54
  %22 = sext i32 %21 to i64, !dbg !54
  %23 = bitcast i8* %18 to i64*, !dbg !54
  store i64 %22, i64* %23, align 8, !dbg !54
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !54
  %25 = icmp ugt i64 %24, 65536, !dbg !54
  %26 = select i1 %25, i64 2, i64 1, !dbg !54
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %26) #0, !dbg !54
  br label %rec.done, !dbg !54

rec.lost:                                         ; preds = %entry
  %27 = bitcast i32* %zero to i8*, !dbg !54
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !54
  %.not1 = icmp eq i8* %28, null, !dbg !54
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !54

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !53

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !54
  %30 = load i64, i64* %29, align 8, !dbg !54
  %31 = add i64 %30, 1, !dbg !54
  store i64 %31, i64* %29, align 8, !dbg !54
  br label %rec.done, !dbg !54
}

; Function Attrs: nounwind
define i32 @tp2_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !55 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !57, metadata !DIExpression()), !dbg !58
  %zero = alloca i32, align 4, !dbg !59
  store i32 0, i32* %zero, align 4, !dbg !59
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 112, i64 0) #0, !dbg !60
  %.not = icmp eq i8* %0, null, !dbg !60
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !60

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !60
  store i64 8589934594, i64* %1, align 8, !dbg !60
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !60
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !60
  %4 = bitcast i8* %3 to i64*, !dbg !60
  %5 = load i64, i64* %4, align 8, !dbg !60
  %6 = bitcast i8* %2 to i64*, !dbg !60
  store i64 %5, i64* %6, align 8, !dbg !60
  %7 = getelementptr i8, i8* %0, i64 16, !dbg !60
  %8 = getelementptr i8, i8* %ctx, i64 16, !dbg !60
  %9 = bitcast i8* %8 to i32*, !dbg !60
  %10 = load i32, i32* %9, align 4, !dbg !60
  %11 = sext i32 %10 to i64, !dbg !60
  %12 = bitcast i8* %7 to i64*, !dbg !60
  store i64 %11, i64* %12, align 8, !dbg !60
  %13 = getelementptr i8, i8* %0, i64 24, !dbg !60
  %14 = getelementptr i8, i8* %ctx, i64 20, !dbg !60
  %15 = bitcast i8* %14 to i32*, !dbg !60
  %16 = load i32, i32* %15, align 4, !dbg !60
  %17 = sext i32 %16 to i64, !dbg !60
  %18 = bitcast i8* %13 to i64*, !dbg !60
  store i64 %17, i64* %18, align 8, !dbg !60
  %19 = getelementptr i8, i8* %0, i64 32, !dbg !60
  %20 = getelementptr i8, i8* %ctx, i64 24, !dbg !60
  %21 = bitcast i8* %20 to i16*, !dbg !60
  %22 = load i16, i16* %21, align 2, !dbg !60
  %23 = zext i16 %22 to i64, !dbg !60
  %24 = bitcast i8* %19 to i64*, !dbg !60
  store i64 %23, i64* %24, align 8, !dbg !60
  %25 = getelementptr i8, i8* %0, i64 40, !dbg !60
  %26 = getelementptr i8, i8* %ctx, i64 26, !dbg !60
  %27 = bitcast i8* %26 to i16*, !dbg !60
  %28 = load i16, i16* %27, align 2, !dbg !60
  %29 = zext i16 %28 to i64, !dbg !60
  %30 = bitcast i8* %25 to i64*, !dbg !60
  store i64 %29, i64* %30, align 8, !dbg !60
  %31 = getelementptr i8, i8* %0, i64 48, !dbg !60
  %32 = getelementptr i8, i8* %ctx, i64 28, !dbg !60
  %33 = bitcast i8* %32 to i16*, !dbg !60
  %34 = load i16, i16* %33, align 2, !dbg !60
  %35 = zext i16 %34 to i64, !dbg !60
  %36 = bitcast i8* %31 to i64*, !dbg !60
  store i64 %35, i64* %36, align 8, !dbg !60
  %37 = getelementptr i8, i8* %0, i64 56, !dbg !60
  %38 = getelementptr i8, i8* %ctx, i64 30, !dbg !60
  %39 = bitcast i8* %38 to i16*, !dbg !60
  %40 = load i16, i16* %39, align 2, !dbg !60
  %41 = zext i16 %40 to i64, !dbg !60
  %42 = bitcast i8* %37 to i64*, !dbg !60
  store i64 %41, i64* %42, align 8, !dbg !60
  %43 = getelementptr i8, i8* %0, i64 64, !dbg !60
  %44 = getelementptr i8, i8* %ctx, i64 32, !dbg !60
  %45 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %43, i32 4, i8* %44) #0, !dbg !60
  %46 = getelementptr i8, i8* %0, i64 72, !dbg !60
  %47 = getelementptr i8, i8* %ctx, i64 36, !dbg !60
  %48 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %46, i32 4, i8* %47) #0, !dbg !60
  %49 = getelementptr i8, i8* %0, i64 80, !dbg !60
  %50 = getelementptr i8, i8* %ctx, i64 40, !dbg !60
  %51 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %49, i32 16, i8* %50) #0, !dbg !60
  %52 = getelementptr i8, i8* %0, i64 96, !dbg !60
  %53 = getelementptr i8, i8* %ctx, i64 56, !dbg !60
  %54 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %52, i32 16, i8* %53) #0, !dbg !60
  %55 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !60
  %56 = icmp ugt i64 %55, 65536, !dbg !60
  %57 = select i1 %56, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %57) #0, !dbg !60
  br label %rec.done, !dbg !60

rec.lost:                                         ; preds = %entry
  %58 = bitcast i32* %zero to i8*, !dbg !60
  %59 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %58) #0, !dbg !60
  %.not1 = icmp eq i8* %59, null, !dbg !60
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !60

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !59

stat.inc:                                         ; preds = %rec.lost
  %60 = bitcast i8* %59 to i64*, !dbg !60
  %61 = load i64, i64* %60, align 8, !dbg !60
  %62 = add i64 %61, 1, !dbg !60
  store i64 %62, i64* %60, align 8, !dbg !60
  br label %rec.done, !dbg !60
}

; Function Attrs: nounwind
define i32 @tp3_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !61 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !63, metadata !DIExpression()), !dbg !64
  %zero = alloca i32, align 4, !dbg !65
  store i32 0, i32* %zero, align 4, !dbg !65
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 904, i64 0) #0, !dbg !66
  %.not = icmp eq i8* %0, null, !dbg !66
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !66

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !66
  store i64 12884901890, i64* %1, align 8, !dbg !66
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !66
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !66
  %4 = bitcast i8* %3 to i32*, !dbg !66
  %5 = load i32, i32* %4, align 4, !dbg !66
  %6 = and i32 %5, 65535, !dbg !66
  %7 = zext i32 %6 to i64, !dbg !66
  %8 = ptrtoint i8* %ctx to i64, !dbg !66
  %9 = add i64 %8, %7, !dbg !66
  %10 = inttoptr i64 %9 to i8*, !dbg !66
  %11 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %2, i32 64, i8* %10) #0, !dbg !66
  %12 = getelementptr i8, i8* %0, i64 72, !dbg !66
  %13 = getelementptr i8, i8* %ctx, i64 12, !dbg !66
  %14 = bitcast i8* %13 to i32*, !dbg !66
  %15 = load i32, i32* %14, align 4, !dbg !66
  %16 = sext i32 %15 to i64, !dbg !66
  %17 = bitcast i8* %12 to i64*, !dbg !66
  store i64 %16, i64* %17, align 8, !dbg !66
  %18 = getelementptr i8, i8* %0, i64 80, !dbg !66
  %19 = getelementptr i8, i8* %ctx, i64 16, !dbg !66
  %20 = bitcast i8* %19 to i32*, !dbg !66
  %21 = load i32, i32* %20, align 4, !dbg !66
  %22 = sext i32 %21 to i64, !dbg !66
  %23 = bitcast i8* %18 to i64*, !dbg !66
  store i64 %22, i64* %23, align 8, !dbg !66
  %24 = getelementptr i8, i8* %0, i64 88, !dbg !66
  %25 = getelementptr i8, i8* %ctx, i64 20, !dbg !66
  %26 = load i8, i8* %25, align 1, !dbg !66
  %27 = zext i8 %26 to i64, !dbg !66
  %28 = bitcast i8* %24 to i64*, !dbg !66
  store i64 %27, i64* %28, align 8, !dbg !66
  %29 = getelementptr i8, i8* %0, i64 96, !dbg !66
  %30 = getelementptr i8, i8* %ctx, i64 24, !dbg !66
  %31 = bitcast i8* %30 to i32*, !dbg !66
  %32 = load i32, i32* %31, align 4, !dbg !66
  %33 = zext i32 %32 to i64, !dbg !66
  %34 = lshr i64 %33, 16, !dbg !66
  %35 = icmp ult i64 %34, 256, !dbg !66
  %len = select i1 %35, i64 %34, i64 256, !dbg !66
  %36 = bitcast i8* %29 to i64*, !dbg !66
  store i64 0, i64* %36, align 8, !dbg !66
  %37 = and i64 %33, 65535, !dbg !66
  %38 = add i64 %37, %8, !dbg !66
  %39 = inttoptr i64 %38 to i8*, !dbg !66
  store i64 %len, i64* %36, align 8, !dbg !66
  %40 = getelementptr i8, i8* %0, i64 104, !dbg !66
  %41 = trunc i64 %len to i32, !dbg !66
  %42 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %40, i32 %41, i8* %39) #0, !dbg !66
  %43 = getelementptr i8, i8* %0, i64 360, !dbg !66
  %44 = getelementptr i8, i8* %ctx, i64 28, !dbg !66
  %45 = bitcast i8* %44 to i32*, !dbg !66
  %46 = load i32, i32* %45, align 4, !dbg !66
  %47 = zext i32 %46 to i64, !dbg !66
  %48 = lshr i64 %47, 16, !dbg !66
  %49 = icmp ult i64 %48, 256, !dbg !66
  %len1 = select i1 %49, i64 %48, i64 256, !dbg !66
  %50 = bitcast i8* %43 to i64*, !dbg !66
  store i64 0, i64* %50, align 8, !dbg !66
  %51 = and i64 %47, 65535, !dbg !66
  %52 = add i64 %51, %8, !dbg !66
  %53 = inttoptr i64 %52 to i8*, !dbg !66
  store i64 %len1, i64* %50, align 8, !dbg !66
  %54 = getelementptr i8, i8* %0, i64 368, !dbg !66
  %55 = trunc i64 %len1 to i32, !dbg !66
  %56 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %54, i32 %55, i8* %53) #0, !dbg !66
  %57 = getelementptr i8, i8* %0, i64 624, !dbg !66
  %58 = getelementptr i8, i8* %ctx, i64 32, !dbg !66
  %59 = bitcast i8* %58 to i32*, !dbg !66
  %60 = load i32, i32* %59, align 4, !dbg !66
  %61 = zext i32 %60 to i64, !dbg !66
  %62 = lshr i64 %61, 16, !dbg !66
  %63 = icmp ult i64 %62, 256, !dbg !66
  %len4 = select i1 %63, i64 %62, i64 256, !dbg !66
  %64 = bitcast i8* %57 to i64*, !dbg !66
  store i64 0, i64* %64, align 8, !dbg !66
  %65 = and i64 %61, 65535, !dbg !66
  %66 = add i64 %65, %8, !dbg !66
  %67 = inttoptr i64 %66 to i8*, !dbg !66
  store i64 %len4, i64* %64, align 8, !dbg !66
  %68 = getelementptr i8, i8* %0, i64 632, !dbg !66
  %69 = trunc i64 %len4 to i32, !dbg !66
  %70 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %68, i32 %69, i8* %67) #0, !dbg !66
  %71 = getelementptr i8, i8* %0, i64 888, !dbg !66
  %72 = getelementptr i8, i8* %ctx, i64 36, !dbg !66
  %73 = bitcast i8* %72 to i32*, !dbg !66
  %74 = load i32, i32* %73, align 4, !dbg !66
  %75 = zext i32 %74 to i64, !dbg !66
  %76 = bitcast i8* %71 to i64*, !dbg !66
  store i64 %75, i64* %76, align 8, !dbg !66
  %77 = getelementptr i8, i8* %0, i64 896, !dbg !66
  %78 = getelementptr i8, i8* %ctx, i64 40, !dbg !66
  %79 = bitcast i8* %78 to i64*, !dbg !66
  %80 = load i64, i64* %79, align 8, !dbg !66
  %81 = bitcast i8* %77 to i64*, !dbg !66
  store i64 %80, i64* %81, align 8, !dbg !66
  %82 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !66
  %83 = icmp ugt i64 %82, 65536, !dbg !66
  %84 = select i1 %83, i64 2, i64 1, !dbg !66
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %84) #0, !dbg !66
  br label %rec.done, !dbg !66

rec.lost:                                         ; preds = %entry
  %85 = bitcast i32* %zero to i8*, !dbg !66
  %86 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %85) #0, !dbg !66
  %.not7 = icmp eq i8* %86, null, !dbg !66
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !66

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !65

stat.inc:                                         ; preds = %rec.lost
  %87 = bitcast i8* %86 to i64*, !dbg !66
  %88 = load i64, i64* %87, align 8, !dbg !66
  %89 = add i64 %88, 1, !dbg !66
  store i64 %89, i64* %87, align 8, !dbg !66
  br label %rec.done, !dbg !66
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "print_args.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 2, column: 33, scope: !40)
!49 = distinct !DISubprogram(name: "tp1_sched_process_exec", linkageName: "tp1_sched_process_exec", scope: !3, file: !3, line: 3, type: !41, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !50)
!50 = !{!51}
!51 = !DILocalVariable(name: "ctx", arg: 1, scope: !49, file: !3, line: 3, type: !43)
!52 = !DILocation(line: 3, scope: !49)
!53 = !DILocation(line: 3, column: 1, scope: !49)
!54 = !DILocation(line: 3, column: 39, scope: !49)
!55 = distinct !DISubprogram(name: "tp2_inet_sock_set_state", linkageName: "tp2_inet_sock_set_state", scope: !3, file: !3, line: 4, type: !41, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !56)
!56 = !{!57}
!57 = !DILocalVariable(name: "ctx", arg: 1, scope: !55, file: !3, line: 4, type: !43)
!58 = !DILocation(line: 4, scope: !55)
!59 = !DILocation(line: 4, column: 1, scope: !55)
!60 = !DILocation(line: 4, column: 39, scope: !55)
!61 = distinct !DISubprogram(name: "tp3_dma_map_sg", linkageName: "tp3_dma_map_sg", scope: !3, file: !3, line: 5, type: !41, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !62)
!62 = !{!63}
!63 = !DILocalVariable(name: "ctx", arg: 1, scope: !61, file: !3, line: 5, type: !43)
!64 = !DILocation(line: 5, scope: !61)
!65 = !DILocation(line: 5, column: 1, scope: !61)
!66 = !DILocation(line: 5, column: 29, scope: !61)
