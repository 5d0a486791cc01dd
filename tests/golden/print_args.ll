; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %5, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !55
  store i64 2, i64* %6, align 8, !dbg !55
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !55
  %9 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 16, i8* %8) #0, !dbg !55
  %10 = getelementptr i8, i8* %5, i64 24, !dbg !55
  %11 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %12 = bitcast i8* %11 to i32*, !dbg !55
  %13 = load i32, i32* %12, align 4, !dbg !55
  %14 = sext i32 %13 to i64, !dbg !55
  %15 = bitcast i8* %10 to i64*, !dbg !55
  store i64 %14, i64* %15, align 8, !dbg !55
  %16 = getelementptr i8, i8* %5, i64 32, !dbg !55
  %17 = getelementptr i8, i8* %ctx, i64 28, !dbg !55
  %18 = bitcast i8* %17 to i32*, !dbg !55
  %19 = load i32, i32* %18, align 4, !dbg !55
  %20 = sext i32 %19 to i64, !dbg !55
  %21 = bitcast i8* %16 to i64*, !dbg !55
  store i64 %20, i64* %21, align 8, !dbg !55
  %22 = getelementptr i8, i8* %5, i64 40, !dbg !55
  %23 = getelementptr i8, i8* %ctx, i64 32, !dbg !55
  %24 = bitcast i8* %23 to i64*, !dbg !55
  %25 = load i64, i64* %24, align 8, !dbg !55
  %26 = bitcast i8* %22 to i64*, !dbg !55
  store i64 %25, i64* %26, align 8, !dbg !55
  %27 = getelementptr i8, i8* %5, i64 48, !dbg !55
  %28 = getelementptr i8, i8* %ctx, i64 40, !dbg !55
  %29 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %27, i32 16, i8* %28) #0, !dbg !55
  %30 = getelementptr i8, i8* %5, i64 64, !dbg !55
  %31 = getelementptr i8, i8* %ctx, i64 56, !dbg !55
  %32 = bitcast i8* %31 to i32*, !dbg !55
  %33 = load i32, i32* %32, align 4, !dbg !55
  %34 = sext i32 %33 to i64, !dbg !55
  %35 = bitcast i8* %30 to i64*, !dbg !55
  store i64 %34, i64* %35, align 8, !dbg !55
  %36 = getelementptr i8, i8* %5, i64 72, !dbg !55
  %37 = getelementptr i8, i8* %ctx, i64 60, !dbg !55
  %38 = bitcast i8* %37 to i32*, !dbg !55
  %39 = load i32, i32* %38, align 4, !dbg !55
  %40 = sext i32 %39 to i64, !dbg !55
  %41 = bitcast i8* %36 to i64*, !dbg !55
  store i64 %40, i64* %41, align 8, !dbg !55
  %42 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %43 = icmp ugt i64 %42, 65536, !dbg !55
  %44 = select i1 %43, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %44) #0, !dbg !55
  br label %return, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %45 = bitcast i32* %zero to i8*, !dbg !55
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %45) #0, !dbg !55
  %.not1 = icmp eq i8* %46, null, !dbg !55
  br i1 %.not1, label %return, label %stat.inc, !dbg !55

stat.inc:                                         ; preds = %rec.lost
  %47 = bitcast i8* %46 to i64*, !dbg !55
  %48 = load i64, i64* %47, align 8, !dbg !55
  %49 = add i64 %48, 1, !dbg !55
  store i64 %49, i64* %47, align 8, !dbg !55
  br label %return, !dbg !55
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sched_process_exec(i8* %ctx) #0 section "tracepoint/sched/sched_process_exec" !dbg !56 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !60
  %1 = icmp eq i64 %0, 0, !dbg !60
  br i1 %1, label %pid.match, label %pid.filter, !dbg !60

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !60

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !60
  %3 = lshr i64 %2, 32, !dbg !60
  %4 = icmp eq i64 %3, %0, !dbg !60
  br i1 %4, label %pid.match, label %return, !dbg !60

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !61
  %.not = icmp eq i8* %5, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !61
  store i64 4294967298, i64* %6, align 8, !dbg !61
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !61
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !61
  %9 = bitcast i8* %8 to i32*, !dbg !61
  %10 = load i32, i32* %9, align 4, !dbg !61
  %11 = and i32 %10, 65535, !dbg !61
  %12 = zext i32 %11 to i64, !dbg !61
  %13 = ptrtoint i8* %ctx to i64, !dbg !61
  %14 = add i64 %13, %12, !dbg !61
  %15 = inttoptr i64 %14 to i8*, !dbg !61
  %16 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 64, i8* %15) #0, !dbg !61
  %17 = getelementptr i8, i8* %5, i64 72, !dbg !61
  %18 = getelementptr i8, i8* %ctx, i64 12, !dbg !61
  %19 = bitcast i8* %18 to i32*, !dbg !61
  %20 = load i32, i32* %19, align 4, !dbg !61
  %21 = sext i32 %20 to i64, !dbg !61
  %22 = bitcast i8* %17 to i64*, !dbg !61
  store i64 %21, i64* %22, align 8, !dbg !61
  %23 = getelementptr i8, i8* %5, i64 80, !dbg !61
  %24 = getelementptr i8, i8* %ctx, i64 16, !dbg !61
  %25 = bitcast i8* %24 to i32*, !dbg !61
  %26 = load i32, i32* %25, align 4, !dbg !61
  %27 = sext i32 %26 to i64, !dbg !61
  %28 = bitcast i8* %23 to i64*, !dbg !61
  store i64 %27, i64* %28, align 8, !dbg !61
  %29 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %30 = icmp ugt i64 %29, 65536, !dbg !61
  %31 = select i1 %30, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %31) #0, !dbg !61
  br label %return, !dbg !61

rec.lost:                                         ; preds = %pid.match
  %32 = bitcast i32* %zero to i8*, !dbg !61
  %33 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %32) #0, !dbg !61
  %.not1 = icmp eq i8* %33, null, !dbg !61
  br i1 %.not1, label %return, label %stat.inc, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %34 = bitcast i8* %33 to i64*, !dbg !61
  %35 = load i64, i64* %34, align 8, !dbg !61
  %36 = add i64 %35, 1, !dbg !61
  store i64 %36, i64* %34, align 8, !dbg !61
  br label %return, !dbg !61
}

; Function Attrs: nounwind
define i32 @tp2_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !62 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !64, metadata !DIExpression()), !dbg !65
  %zero = alloca i32, align 4, !dbg !66
  store i32 0, i32* %zero, align 4, !dbg !66
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !66
  %1 = icmp eq i64 %0, 0, !dbg !66
  br i1 %1, label %pid.match, label %pid.filter, !dbg !66

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !66

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !66
  %3 = lshr i64 %2, 32, !dbg !66
  %4 = icmp eq i64 %3, %0, !dbg !66
  br i1 %4, label %pid.match, label %return, !dbg !66

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 112, i64 0) #0, !dbg !67
  %.not = icmp eq i8* %5, null, !dbg !67
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !67

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !67
  store i64 8589934594, i64* %6, align 8, !dbg !67
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !67
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !67
  %9 = bitcast i8* %8 to i64*, !dbg !67
  %10 = load i64, i64* %9, align 8, !dbg !67
  %11 = bitcast i8* %7 to i64*, !dbg !67
  store i64 %10, i64* %11, align 8, !dbg !67
  %12 = getelementptr i8, i8* %5, i64 16, !dbg !67
  %13 = getelementptr i8, i8* %ctx, i64 16, !dbg !67
  %14 = bitcast i8* %13 to i32*, !dbg !67
  %15 = load i32, i32* %14, align 4, !dbg !67
  %16 = sext i32 %15 to i64, !dbg !67
  %17 = bitcast i8* %12 to i64*, !dbg !67
  store i64 %16, i64* %17, align 8, !dbg !67
  %18 = getelementptr i8, i8* %5, i64 24, !dbg !67
  %19 = getelementptr i8, i8* %ctx, i64 20, !dbg !67
  %20 = bitcast i8* %19 to i32*, !dbg !67
  %21 = load i32, i32* %20, align 4, !dbg !67
  %22 = sext i32 %21 to i64, !dbg !67
  %23 = bitcast i8* %18 to i64*, !dbg !67
  store i64 %22, i64* %23, align 8, !dbg !67
  %24 = getelementptr i8, i8* %5, i64 32, !dbg !67
  %25 = getelementptr i8, i8* %ctx, i64 24, !dbg !67
  %26 = bitcast i8* %25 to i16*, !dbg !67
  %27 = load i16, i16* %26, align 2, !dbg !67
  %28 = zext i16 %27 to i64, !dbg !67
  %29 = bitcast i8* %24 to i64*, !dbg !67
  store i64 %28, i64* %29, align 8, !dbg !67
  %30 = getelementptr i8, i8* %5, i64 40, !dbg !67
  %31 = getelementptr i8, i8* %ctx, i64 26, !dbg !67
  %32 = bitcast i8* %31 to i16*, !dbg !67
  %33 = load i16, i16* %32, align 2, !dbg !67
  %34 = zext i16 %33 to i64, !dbg !67
  %35 = bitcast i8* %30 to i64*, !dbg !67
  store i64 %34, i64* %35, align 8, !dbg !67
  %36 = getelementptr i8, i8* %5, i64 48, !dbg !67
  %37 = getelementptr i8, i8* %ctx, i64 28, !dbg !67
  %38 = bitcast i8* %37 to i16*, !dbg !67
  %39 = load i16, i16* %38, align 2, !dbg !67
  %40 = zext i16 %39 to i64, !dbg !67
  %41 = bitcast i8* %36 to i64*, !dbg !67
  store i64 %40, i64* %41, align 8, !dbg !67
  %42 = getelementptr i8, i8* %5, i64 56, !dbg !67
  %43 = getelementptr i8, i8* %ctx, i64 30, !dbg !67
  %44 = bitcast i8* %43 to i16*, !dbg !67
  %45 = load i16, i16* %44, align 2, !dbg !67
  %46 = zext i16 %45 to i64, !dbg !67
  %47 = bitcast i8* %42 to i64*, !dbg !67
  store i64 %46, i64* %47, align 8, !dbg !67
  %48 = getelementptr i8, i8* %5, i64 64, !dbg !67
  %49 = getelementptr i8, i8* %ctx, i64 32, !dbg !67
  %50 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %48, i32 4, i8* %49) #0, !dbg !67
  %51 = getelementptr i8, i8* %5, i64 72, !dbg !67
  %52 = getelementptr i8, i8* %ctx, i64 36, !dbg !67
  %53 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %51, i32 4, i8* %52) #0, !dbg !67
  %54 = getelementptr i8, i8* %5, i64 80, !dbg !67
  %55 = getelementptr i8, i8* %ctx, i64 40, !dbg !67
  %56 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %54, i32 16, i8* %55) #0, !dbg !67
  %57 = getelementptr i8, i8* %5, i64 96, !dbg !67
  %58 = getelementptr i8, i8* %ctx, i64 56, !dbg !67
  %59 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %57, i32 16, i8* %58) #0, !dbg !67
  %60 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !67
  %61 = icmp ugt i64 %60, 65536, !dbg !67
  %62 = select i1 %61, i64 2, i64 1, !dbg !67
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %62) #0, !dbg !67
  br label %return, !dbg !67

rec.lost:                                         ; preds = %pid.match
  %63 = bitcast i32* %zero to i8*, !dbg !67
  %64 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %63) #0, !dbg !67
  %.not1 = icmp eq i8* %64, null, !dbg !67
  br i1 %.not1, label %return, label %stat.inc, !dbg !67

stat.inc:                                         ; preds = %rec.lost
  %65 = bitcast i8* %64 to i64*, !dbg !67
  %66 = load i64, i64* %65, align 8, !dbg !67
  %67 = add i64 %66, 1, !dbg !67
  store i64 %67, i64* %65, align 8, !dbg !67
  br label %return, !dbg !67
}

; Function Attrs: nounwind
define i32 @tp3_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !68 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !70, metadata !DIExpression()), !dbg !71
  %zero = alloca i32, align 4, !dbg !72
  store i32 0, i32* %zero, align 4, !dbg !72
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !72
  %1 = icmp eq i64 %0, 0, !dbg !72
  br i1 %1, label %pid.match, label %pid.filter, !dbg !72

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !72

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !72
  %3 = lshr i64 %2, 32, !dbg !72
  %4 = icmp eq i64 %3, %0, !dbg !72
  br i1 %4, label %pid.match, label %return, !dbg !72

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 904, i64 0) #0, !dbg !73
  %.not = icmp eq i8* %5, null, !dbg !73
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !73

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !73
  store i64 12884901890, i64* %6, align 8, !dbg !73
  %7 = getelementptr i8, i8* %5, i64 8, !dbg !73
  %8 = getelementptr i8, i8* %ctx, i64 8, !dbg !73
  %9 = bitcast i8* %8 to i32*, !dbg !73
  %10 = load i32, i32* %9, align 4, !dbg !73
  %11 = and i32 %10, 65535, !dbg !73
  %12 = zext i32 %11 to i64, !dbg !73
  %13 = ptrtoint i8* %ctx to i64, !dbg !73
  %14 = add i64 %13, %12, !dbg !73
  %15 = inttoptr i64 %14 to i8*, !dbg !73
  %16 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 64, i8* %15) #0, !dbg !73
  %17 = getelementptr i8, i8* %5, i64 72, !dbg !73
  %18 = getelementptr i8, i8* %ctx, i64 12, !dbg !73
  %19 = bitcast i8* %18 to i32*, !dbg !73
  %20 = load i32, i32* %19, align 4, !dbg !73
  %21 = sext i32 %20 to i64, !dbg !73
  %22 = bitcast i8* %17 to i64*, !dbg !73
  store i64 %21, i64* %22, align 8, !dbg !73
  %23 = getelementptr i8, i8* %5, i64 80, !dbg !73
  %24 = getelementptr i8, i8* %ctx, i64 16, !dbg !73
  %25 = bitcast i8* %24 to i32*, !dbg !73
  %26 = load i32, i32* %25, align 4, !dbg !73
  %27 = sext i32 %26 to i64, !dbg !73
  %28 = bitcast i8* %23 to i64*, !dbg !73
  store i64 %27, i64* %28, align 8, !dbg !73
  %29 = getelementptr i8, i8* %5, i64 88, !dbg !73
  %30 = getelementptr i8, i8* %ctx, i64 20, !dbg !73
  %31 = load i8, i8* %30, align 1, !dbg !73
  %32 = zext i8 %31 to i64, !dbg !73
  %33 = bitcast i8* %29 to i64*, !dbg !73
  store i64 %32, i64* %33, align 8, !dbg !73
  %34 = getelementptr i8, i8* %5, i64 96, !dbg !73
  %35 = getelementptr i8, i8* %ctx, i64 24, !dbg !73
  %36 = bitcast i8* %35 to i32*, !dbg !73
  %37 = load i32, i32* %36, align 4, !dbg !73
  %38 = zext i32 %37 to i64, !dbg !73
  %39 = lshr i64 %38, 16, !dbg !73
  %40 = icmp ult i64 %39, 256, !dbg !73
  %len = select i1 %40, i64 %39, i64 256, !dbg !73
  %41 = bitcast i8* %34 to i64*, !dbg !73
  store i64 0, i64* %41, align 8, !dbg !73
  %42 = and i64 %38, 65535, !dbg !73
  %43 = add i64 %42, %13, !dbg !73
  %44 = inttoptr i64 %43 to i8*, !dbg !73
  store i64 %len, i64* %41, align 8, !dbg !73
  %45 = getelementptr i8, i8* %5, i64 104, !dbg !73
  %46 = trunc i64 %len to i32, !dbg !73
  %47 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %45, i32 %46, i8* %44) #0, !dbg !73
  %48 = getelementptr i8, i8* %5, i64 360, !dbg !73
  %49 = getelementptr i8, i8* %ctx, i64 28, !dbg !73
  %50 = bitcast i8* %49 to i32*, !dbg !73
  %51 = load i32, i32* %50, align 4, !dbg !73
  %52 = zext i32 %51 to i64, !dbg !73
  %53 = lshr i64 %52, 16, !dbg !73
  %54 = icmp ult i64 %53, 256, !dbg !73
  %len1 = select i1 %54, i64 %53, i64 256, !dbg !73
  %55 = bitcast i8* %48 to i64*, !dbg !73
  store i64 0, i64* %55, align 8, !dbg !73
  %56 = and i64 %52, 65535, !dbg !73
  %57 = add i64 %56, %13, !dbg !73
  %58 = inttoptr i64 %57 to i8*, !dbg !73
  store i64 %len1, i64* %55, align 8, !dbg !73
  %59 = getelementptr i8, i8* %5, i64 368, !dbg !73
  %60 = trunc i64 %len1 to i32, !dbg !73
  %61 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %59, i32 %60, i8* %58) #0, !dbg !73
  %62 = getelementptr i8, i8* %5, i64 624, !dbg !73
  %63 = getelementptr i8, i8* %ctx, i64 32, !dbg !73
  %64 = bitcast i8* %63 to i32*, !dbg !73
  %65 = load i32, i32* %64, align 4, !dbg !73
  %66 = zext i32 %65 to i64, !dbg !73
  %67 = lshr i64 %66, 16, !dbg !73
  %68 = icmp ult i64 %67, 256, !dbg !73
  %len4 = select i1 %68, i64 %67, i64 256, !dbg !73
  %69 = bitcast i8* %62 to i64*, !dbg !73
  store i64 0, i64* %69, align 8, !dbg !73
  %70 = and i64 %66, 65535, !dbg !73
  %71 = add i64 %70, %13, !dbg !73
  %72 = inttoptr i64 %71 to i8*, !dbg !73
  store i64 %len4, i64* %69, align 8, !dbg !73
  %73 = getelementptr i8, i8* %5, i64 632, !dbg !73
  %74 = trunc i64 %len4 to i32, !dbg !73
  %75 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %73, i32 %74, i8* %72) #0, !dbg !73
  %76 = getelementptr i8, i8* %5, i64 888, !dbg !73
  %77 = getelementptr i8, i8* %ctx, i64 36, !dbg !73
  %78 = bitcast i8* %77 to i32*, !dbg !73
  %79 = load i32, i32* %78, align 4, !dbg !73
  %80 = zext i32 %79 to i64, !dbg !73
  %81 = bitcast i8* %76 to i64*, !dbg !73
  store i64 %80, i64* %81, align 8, !dbg !73
  %82 = getelementptr i8, i8* %5, i64 896, !dbg !73
  %83 = getelementptr i8, i8* %ctx, i64 40, !dbg !73
  %84 = bitcast i8* %83 to i64*, !dbg !73
  %85 = load i64, i64* %84, align 8, !dbg !73
  %86 = bitcast i8* %82 to i64*, !dbg !73
  store i64 %85, i64* %86, align 8, !dbg !73
  %87 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !73
  %88 = icmp ugt i64 %87, 65536, !dbg !73
  %89 = select i1 %88, i64 2, i64 1, !dbg !73
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %89) #0, !dbg !73
  br label %return, !dbg !73

rec.lost:                                         ; preds = %pid.match
  %90 = bitcast i32* %zero to i8*, !dbg !73
  %91 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %90) #0, !dbg !73
  %.not7 = icmp eq i8* %91, null, !dbg !73
  br i1 %.not7, label %return, label %stat.inc, !dbg !73

stat.inc:                                         ; preds = %rec.lost
  %92 = bitcast i8* %91 to i64*, !dbg !73
  %93 = load i64, i64* %92, align 8, !dbg !73
  %94 = add i64 %93, 1, !dbg !73
  store i64 %94, i64* %92, align 8, !dbg !73
  br label %return, !dbg !73
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "print_args.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 2, column: 33, scope: !47)
!56 = distinct !DISubprogram(name: "tp1_sched_process_exec", linkageName: "tp1_sched_process_exec", scope: !3, file: !3, line: 3, type: !48, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 3, type: !50)
!59 = !DILocation(line: 3, scope: !56)
!60 = !DILocation(line: 3, column: 1, scope: !56)
!61 = !DILocation(line: 3, column: 39, scope: !56)
!62 = distinct !DISubprogram(name: "tp2_inet_sock_set_state", linkageName: "tp2_inet_sock_set_state", scope: !3, file: !3, line: 4, type: !48, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !63)
!63 = !{!64}
!64 = !DILocalVariable(name: "ctx", arg: 1, scope: !62, file: !3, line: 4, type: !50)
!65 = !DILocation(line: 4, scope: !62)
!66 = !DILocation(line: 4, column: 1, scope: !62)
!67 = !DILocation(line: 4, column: 39, scope: !62)
!68 = distinct !DISubprogram(name: "tp3_dma_map_sg", linkageName: "tp3_dma_map_sg", scope: !3, file: !3, line: 5, type: !48, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !69)
!69 = !{!70}
!70 = !DILocalVariable(name: "ctx", arg: 1, scope: !68, file: !3, line: 5, type: !50)
!71 = !DILocation(line: 5, scope: !68)
!72 = !DILocation(line: 5, column: 1, scope: !68)
!73 = !DILocation(line: 5, column: 29, scope: !68)
