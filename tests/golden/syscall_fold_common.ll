; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_brk(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_brk" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !55
  %pid = lshr i64 %0, 32, !dbg !55
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !55
  %2 = icmp eq i64 %pid, %1, !dbg !55
  br i1 %2, label %pred.true, label %return, !dbg !55

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !54

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !56
  %4 = bitcast i8* %3 to i32*, !dbg !56
  %5 = load i32, i32* %4, align 4, !dbg !56
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !56
  %.not = icmp eq i8* %6, null, !dbg !56
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !56

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !56
  %8 = bitcast i8* %6 to i64*, !dbg !56
  store i64 1, i64* %8, align 8, !dbg !56
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !56
  %10 = bitcast i8* %9 to i64*, !dbg !56
  store i64 7597414677158654580, i64* %10, align 8, !dbg !56
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !56
  %12 = bitcast i8* %11 to i64*, !dbg !56
  store i64 7017579609834812526, i64* %12, align 8, !dbg !56
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !56
  %14 = bitcast i8* %13 to i64*, !dbg !56
  store i64 6877974591733722220, i64* %14, align 8, !dbg !56
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !56
  %16 = bitcast i8* %15 to i64*, !dbg !56
  store i64 8242255212974468709, i64* %16, align 8, !dbg !56
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !56
  store i8 107, i8* %17, align 1, !dbg !56
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !56
  store i8 0, i8* %18, align 1, !dbg !56
  %19 = getelementptr i8, i8* %6, i64 48, !dbg !56
  %20 = bitcast i8* %19 to i64*, !dbg !56
  store i64 %7, i64* %20, align 8, !dbg !56
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %22 = icmp ugt i64 %21, 65536, !dbg !56
  %23 = select i1 %22, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %23) #0, !dbg !56
  br label %return, !dbg !56

rec.lost:                                         ; preds = %pred.true
  %24 = bitcast i32* %zero to i8*, !dbg !56
  %25 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %24) #0, !dbg !56
  %.not1 = icmp eq i8* %25, null, !dbg !56
  br i1 %.not1, label %return, label %stat.inc, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %26 = bitcast i8* %25 to i64*, !dbg !56
  %27 = load i64, i64* %26, align 8, !dbg !56
  %28 = add i64 %27, 1, !dbg !56
  store i64 %28, i64* %26, align 8, !dbg !56
  br label %return, !dbg !56
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_close(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_close" !dbg !57 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !59, metadata !DIExpression()), !dbg !60
  %zero = alloca i32, align 4, !dbg !61
  store i32 0, i32* %zero, align 4, !dbg !61
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !62
  %pid = lshr i64 %0, 32, !dbg !62
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !62
  %2 = icmp eq i64 %pid, %1, !dbg !62
  br i1 %2, label %pred.true, label %return, !dbg !62

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !61

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !63
  %4 = bitcast i8* %3 to i32*, !dbg !63
  %5 = load i32, i32* %4, align 4, !dbg !63
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !63
  %.not = icmp eq i8* %6, null, !dbg !63
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !63

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !63
  %8 = bitcast i8* %6 to i64*, !dbg !63
  store i64 4294967297, i64* %8, align 8, !dbg !63
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !63
  %10 = bitcast i8* %9 to i64*, !dbg !63
  store i64 7597414677158654580, i64* %10, align 8, !dbg !63
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !63
  %12 = bitcast i8* %11 to i64*, !dbg !63
  store i64 7017579609834812526, i64* %12, align 8, !dbg !63
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !63
  %14 = bitcast i8* %13 to i64*, !dbg !63
  store i64 6877974591733722220, i64* %14, align 8, !dbg !63
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !63
  %16 = bitcast i8* %15 to i64*, !dbg !63
  store i64 7810191123723611749, i64* %16, align 8, !dbg !63
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !63
  store i8 111, i8* %17, align 1, !dbg !63
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !63
  store i8 115, i8* %18, align 1, !dbg !63
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !63
  store i8 101, i8* %19, align 1, !dbg !63
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !63
  store i8 0, i8* %20, align 1, !dbg !63
  %21 = getelementptr i8, i8* %6, i64 48, !dbg !63
  %22 = bitcast i8* %21 to i64*, !dbg !63
  store i64 %7, i64* %22, align 8, !dbg !63
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !63
  %24 = icmp ugt i64 %23, 65536, !dbg !63
  %25 = select i1 %24, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %25) #0, !dbg !63
  br label %return, !dbg !63

rec.lost:                                         ; preds = %pred.true
  %26 = bitcast i32* %zero to i8*, !dbg !63
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !63
  %.not1 = icmp eq i8* %27, null, !dbg !63
  br i1 %.not1, label %return, label %stat.inc, !dbg !63

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %27 to i64*, !dbg !63
  %29 = load i64, i64* %28, align 8, !dbg !63
  %30 = add i64 %29, 1, !dbg !63
  store i64 %30, i64* %28, align 8, !dbg !63
  br label %return, !dbg !63
}

; Function Attrs: nounwind
define i32 @tp2_sys_enter_dup(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_dup" !dbg !64 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !66, metadata !DIExpression()), !dbg !67
  %zero = alloca i32, align 4, !dbg !68
  store i32 0, i32* %zero, align 4, !dbg !68
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !69
  %pid = lshr i64 %0, 32, !dbg !69
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !69
  %2 = icmp eq i64 %pid, %1, !dbg !69
  br i1 %2, label %pred.true, label %return, !dbg !69

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !68

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !70
  %4 = bitcast i8* %3 to i32*, !dbg !70
  %5 = load i32, i32* %4, align 4, !dbg !70
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !70
  %.not = icmp eq i8* %6, null, !dbg !70
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !70

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !70
  %8 = bitcast i8* %6 to i64*, !dbg !70
  store i64 8589934593, i64* %8, align 8, !dbg !70
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !70
  %10 = bitcast i8* %9 to i64*, !dbg !70
  store i64 7597414677158654580, i64* %10, align 8, !dbg !70
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !70
  %12 = bitcast i8* %11 to i64*, !dbg !70
  store i64 7017579609834812526, i64* %12, align 8, !dbg !70
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !70
  %14 = bitcast i8* %13 to i64*, !dbg !70
  store i64 6877974591733722220, i64* %14, align 8, !dbg !70
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !70
  %16 = bitcast i8* %15 to i64*, !dbg !70
  store i64 8458990945041673829, i64* %16, align 8, !dbg !70
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !70
  store i8 112, i8* %17, align 1, !dbg !70
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !70
  store i8 0, i8* %18, align 1, !dbg !70
  %19 = getelementptr i8, i8* %6, i64 48, !dbg !70
  %20 = bitcast i8* %19 to i64*, !dbg !70
  store i64 %7, i64* %20, align 8, !dbg !70
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !70
  %22 = icmp ugt i64 %21, 65536, !dbg !70
  %23 = select i1 %22, i64 2, i64 1, !dbg !70
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %23) #0, !dbg !70
  br label %return, !dbg !70

rec.lost:                                         ; preds = %pred.true
  %24 = bitcast i32* %zero to i8*, !dbg !70
  %25 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %24) #0, !dbg !70
  %.not1 = icmp eq i8* %25, null, !dbg !70
  br i1 %.not1, label %return, label %stat.inc, !dbg !70

stat.inc:                                         ; preds = %rec.lost
  %26 = bitcast i8* %25 to i64*, !dbg !70
  %27 = load i64, i64* %26, align 8, !dbg !70
  %28 = add i64 %27, 1, !dbg !70
  store i64 %28, i64* %26, align 8, !dbg !70
  br label %return, !dbg !70
}

; Function Attrs: nounwind
define i32 @tp3_sys_enter_execve(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_execve" !dbg !71 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !73, metadata !DIExpression()), !dbg !74
  %zero = alloca i32, align 4, !dbg !75
  store i32 0, i32* %zero, align 4, !dbg !75
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !76
  %pid = lshr i64 %0, 32, !dbg !76
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !76
  %2 = icmp eq i64 %pid, %1, !dbg !76
  br i1 %2, label %pred.true, label %return, !dbg !76

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !75

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !77
  %4 = bitcast i8* %3 to i32*, !dbg !77
  %5 = load i32, i32* %4, align 4, !dbg !77
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !77
  %.not = icmp eq i8* %6, null, !dbg !77
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !77

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !77
  %8 = bitcast i8* %6 to i64*, !dbg !77
  store i64 12884901889, i64* %8, align 8, !dbg !77
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !77
  %10 = bitcast i8* %9 to i64*, !dbg !77
  store i64 7597414677158654580, i64* %10, align 8, !dbg !77
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !77
  %12 = bitcast i8* %11 to i64*, !dbg !77
  store i64 7017579609834812526, i64* %12, align 8, !dbg !77
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !77
  %14 = bitcast i8* %13 to i64*, !dbg !77
  store i64 6877974591733722220, i64* %14, align 8, !dbg !77
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !77
  %16 = bitcast i8* %15 to i64*, !dbg !77
  store i64 8675445202132168293, i64* %16, align 8, !dbg !77
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !77
  store i8 101, i8* %17, align 1, !dbg !77
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !77
  store i8 99, i8* %18, align 1, !dbg !77
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !77
  store i8 118, i8* %19, align 1, !dbg !77
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !77
  store i8 101, i8* %20, align 1, !dbg !77
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !77
  store i8 0, i8* %21, align 1, !dbg !77
  %22 = getelementptr i8, i8* %6, i64 48, !dbg !77
  %23 = bitcast i8* %22 to i64*, !dbg !77
  store i64 %7, i64* %23, align 8, !dbg !77
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !77
  %25 = icmp ugt i64 %24, 65536, !dbg !77
  %26 = select i1 %25, i64 2, i64 1, !dbg !77
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %26) #0, !dbg !77
  br label %return, !dbg !77

rec.lost:                                         ; preds = %pred.true
  %27 = bitcast i32* %zero to i8*, !dbg !77
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !77
  %.not1 = icmp eq i8* %28, null, !dbg !77
  br i1 %.not1, label %return, label %stat.inc, !dbg !77

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !77
  %30 = load i64, i64* %29, align 8, !dbg !77
  %31 = add i64 %30, 1, !dbg !77
  store i64 %31, i64* %29, align 8, !dbg !77
  br label %return, !dbg !77
}

; Function Attrs: nounwind
define i32 @tp4_sys_enter_get_robust_list(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_get_robust_list" !dbg !78 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !80, metadata !DIExpression()), !dbg !81
  %zero = alloca i32, align 4, !dbg !82
  store i32 0, i32* %zero, align 4, !dbg !82
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !83
  %pid = lshr i64 %0, 32, !dbg !83
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !83
  %2 = icmp eq i64 %pid, %1, !dbg !83
  br i1 %2, label %pred.true, label %return, !dbg !83

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !82

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !84
  %4 = bitcast i8* %3 to i32*, !dbg !84
  %5 = load i32, i32* %4, align 4, !dbg !84
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 64, i64 0) #0, !dbg !84
  %.not = icmp eq i8* %6, null, !dbg !84
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !84

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !84
  %8 = bitcast i8* %6 to i64*, !dbg !84
  store i64 17179869185, i64* %8, align 8, !dbg !84
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !84
  %10 = bitcast i8* %9 to i64*, !dbg !84
  store i64 7597414677158654580, i64* %10, align 8, !dbg !84
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !84
  %12 = bitcast i8* %11 to i64*, !dbg !84
  store i64 7017579609834812526, i64* %12, align 8, !dbg !84
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !84
  %14 = bitcast i8* %13 to i64*, !dbg !84
  store i64 6877974591733722220, i64* %14, align 8, !dbg !84
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !84
  %16 = bitcast i8* %15 to i64*, !dbg !84
  store i64 7306913865364958821, i64* %16, align 8, !dbg !84
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !84
  %18 = bitcast i8* %17 to i64*, !dbg !84
  store i64 8391179596358377332, i64* %18, align 8, !dbg !84
  %19 = getelementptr i8, i8* %6, i64 48, !dbg !84
  store i8 95, i8* %19, align 1, !dbg !84
  %20 = getelementptr i8, i8* %6, i64 49, !dbg !84
  store i8 108, i8* %20, align 1, !dbg !84
  %21 = getelementptr i8, i8* %6, i64 50, !dbg !84
  store i8 105, i8* %21, align 1, !dbg !84
  %22 = getelementptr i8, i8* %6, i64 51, !dbg !84
  store i8 115, i8* %22, align 1, !dbg !84
  %23 = getelementptr i8, i8* %6, i64 52, !dbg !84
  store i8 116, i8* %23, align 1, !dbg !84
  %24 = getelementptr i8, i8* %6, i64 53, !dbg !84
  store i8 0, i8* %24, align 1, !dbg !84
  %25 = getelementptr i8, i8* %6, i64 56, !dbg !84
  %26 = bitcast i8* %25 to i64*, !dbg !84
  store i64 %7, i64* %26, align 8, !dbg !84
  %27 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !84
  %28 = icmp ugt i64 %27, 65536, !dbg !84
  %29 = select i1 %28, i64 2, i64 1, !dbg !84
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %29) #0, !dbg !84
  br label %return, !dbg !84

rec.lost:                                         ; preds = %pred.true
  %30 = bitcast i32* %zero to i8*, !dbg !84
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !84
  %.not1 = icmp eq i8* %31, null, !dbg !84
  br i1 %.not1, label %return, label %stat.inc, !dbg !84

stat.inc:                                         ; preds = %rec.lost
  %32 = bitcast i8* %31 to i64*, !dbg !84
  %33 = load i64, i64* %32, align 8, !dbg !84
  %34 = add i64 %33, 1, !dbg !84
  store i64 %34, i64* %32, align 8, !dbg !84
  br label %return, !dbg !84
}

; Function Attrs: nounwind
define i32 @tp5_sys_enter_getpid(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_getpid" !dbg !85 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %zero = alloca i32, align 4, !dbg !89
  store i32 0, i32* %zero, align 4, !dbg !89
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !90
  %pid = lshr i64 %0, 32, !dbg !90
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !90
  %2 = icmp eq i64 %pid, %1, !dbg !90
  br i1 %2, label %pred.true, label %return, !dbg !90

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !89

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !91
  %4 = bitcast i8* %3 to i32*, !dbg !91
  %5 = load i32, i32* %4, align 4, !dbg !91
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !91
  %.not = icmp eq i8* %6, null, !dbg !91
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !91

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !91
  %8 = bitcast i8* %6 to i64*, !dbg !91
  store i64 21474836481, i64* %8, align 8, !dbg !91
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !91
  %10 = bitcast i8* %9 to i64*, !dbg !91
  store i64 7597414677158654580, i64* %10, align 8, !dbg !91
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !91
  %12 = bitcast i8* %11 to i64*, !dbg !91
  store i64 7017579609834812526, i64* %12, align 8, !dbg !91
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !91
  %14 = bitcast i8* %13 to i64*, !dbg !91
  store i64 6877974591733722220, i64* %14, align 8, !dbg !91
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !91
  %16 = bitcast i8* %15 to i64*, !dbg !91
  store i64 7306913865364958821, i64* %16, align 8, !dbg !91
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !91
  store i8 116, i8* %17, align 1, !dbg !91
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !91
  store i8 112, i8* %18, align 1, !dbg !91
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !91
  store i8 105, i8* %19, align 1, !dbg !91
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !91
  store i8 100, i8* %20, align 1, !dbg !91
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !91
  store i8 0, i8* %21, align 1, !dbg !91
  %22 = getelementptr i8, i8* %6, i64 48, !dbg !91
  %23 = bitcast i8* %22 to i64*, !dbg !91
  store i64 %7, i64* %23, align 8, !dbg !91
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !91
  %25 = icmp ugt i64 %24, 65536, !dbg !91
  %26 = select i1 %25, i64 2, i64 1, !dbg !91
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %26) #0, !dbg !91
  br label %return, !dbg !91

rec.lost:                                         ; preds = %pred.true
  %27 = bitcast i32* %zero to i8*, !dbg !91
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !91
  %.not1 = icmp eq i8* %28, null, !dbg !91
  br i1 %.not1, label %return, label %stat.inc, !dbg !91

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !91
  %30 = load i64, i64* %29, align 8, !dbg !91
  %31 = add i64 %30, 1, !dbg !91
  store i64 %31, i64* %29, align 8, !dbg !91
  br label %return, !dbg !91
}

; Function Attrs: nounwind
define i32 @tp6_sys_enter_getppid(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_getppid" !dbg !92 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !94, metadata !DIExpression()), !dbg !95
  %zero = alloca i32, align 4, !dbg !96
  store i32 0, i32* %zero, align 4, !dbg !96
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !97
  %pid = lshr i64 %0, 32, !dbg !97
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !97
  %2 = icmp eq i64 %pid, %1, !dbg !97
  br i1 %2, label %pred.true, label %return, !dbg !97

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !96

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !98
  %4 = bitcast i8* %3 to i32*, !dbg !98
  %5 = load i32, i32* %4, align 4, !dbg !98
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !98
  %.not = icmp eq i8* %6, null, !dbg !98
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !98

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !98
  %8 = bitcast i8* %6 to i64*, !dbg !98
  store i64 25769803777, i64* %8, align 8, !dbg !98
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !98
  %10 = bitcast i8* %9 to i64*, !dbg !98
  store i64 7597414677158654580, i64* %10, align 8, !dbg !98
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !98
  %12 = bitcast i8* %11 to i64*, !dbg !98
  store i64 7017579609834812526, i64* %12, align 8, !dbg !98
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !98
  %14 = bitcast i8* %13 to i64*, !dbg !98
  store i64 6877974591733722220, i64* %14, align 8, !dbg !98
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !98
  %16 = bitcast i8* %15 to i64*, !dbg !98
  store i64 7306913865364958821, i64* %16, align 8, !dbg !98
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !98
  store i8 116, i8* %17, align 1, !dbg !98
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !98
  store i8 112, i8* %18, align 1, !dbg !98
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !98
  store i8 112, i8* %19, align 1, !dbg !98
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !98
  store i8 105, i8* %20, align 1, !dbg !98
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !98
  store i8 100, i8* %21, align 1, !dbg !98
  %22 = getelementptr i8, i8* %6, i64 45, !dbg !98
  store i8 0, i8* %22, align 1, !dbg !98
  %23 = getelementptr i8, i8* %6, i64 48, !dbg !98
  %24 = bitcast i8* %23 to i64*, !dbg !98
  store i64 %7, i64* %24, align 8, !dbg !98
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !98
  %26 = icmp ugt i64 %25, 65536, !dbg !98
  %27 = select i1 %26, i64 2, i64 1, !dbg !98
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %27) #0, !dbg !98
  br label %return, !dbg !98

rec.lost:                                         ; preds = %pred.true
  %28 = bitcast i32* %zero to i8*, !dbg !98
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !98
  %.not1 = icmp eq i8* %29, null, !dbg !98
  br i1 %.not1, label %return, label %stat.inc, !dbg !98

stat.inc:                                         ; preds = %rec.lost
  %30 = bitcast i8* %29 to i64*, !dbg !98
  %31 = load i64, i64* %30, align 8, !dbg !98
  %32 = add i64 %31, 1, !dbg !98
  store i64 %32, i64* %30, align 8, !dbg !98
  br label %return, !dbg !98
}

; Function Attrs: nounwind
define i32 @tp7_sys_enter_ioctl(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_ioctl" !dbg !99 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !101, metadata !DIExpression()), !dbg !102
  %zero = alloca i32, align 4, !dbg !103
  store i32 0, i32* %zero, align 4, !dbg !103
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %pid = lshr i64 %0, 32, !dbg !104
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !104
  %2 = icmp eq i64 %pid, %1, !dbg !104
  br i1 %2, label %pred.true, label %return, !dbg !104

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !103

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !105
  %4 = bitcast i8* %3 to i32*, !dbg !105
  %5 = load i32, i32* %4, align 4, !dbg !105
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !105
  %.not = icmp eq i8* %6, null, !dbg !105
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !105

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !105
  %8 = bitcast i8* %6 to i64*, !dbg !105
  store i64 30064771073, i64* %8, align 8, !dbg !105
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !105
  %10 = bitcast i8* %9 to i64*, !dbg !105
  store i64 7597414677158654580, i64* %10, align 8, !dbg !105
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !105
  %12 = bitcast i8* %11 to i64*, !dbg !105
  store i64 7017579609834812526, i64* %12, align 8, !dbg !105
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !105
  %14 = bitcast i8* %13 to i64*, !dbg !105
  store i64 6877974591733722220, i64* %14, align 8, !dbg !105
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !105
  %16 = bitcast i8* %15 to i64*, !dbg !105
  store i64 8028052755697659493, i64* %16, align 8, !dbg !105
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !105
  store i8 99, i8* %17, align 1, !dbg !105
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !105
  store i8 116, i8* %18, align 1, !dbg !105
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !105
  store i8 108, i8* %19, align 1, !dbg !105
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !105
  store i8 0, i8* %20, align 1, !dbg !105
  %21 = getelementptr i8, i8* %6, i64 48, !dbg !105
  %22 = bitcast i8* %21 to i64*, !dbg !105
  store i64 %7, i64* %22, align 8, !dbg !105
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !105
  %24 = icmp ugt i64 %23, 65536, !dbg !105
  %25 = select i1 %24, i64 2, i64 1, !dbg !105
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %25) #0, !dbg !105
  br label %return, !dbg !105

rec.lost:                                         ; preds = %pred.true
  %26 = bitcast i32* %zero to i8*, !dbg !105
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !105
  %.not1 = icmp eq i8* %27, null, !dbg !105
  br i1 %.not1, label %return, label %stat.inc, !dbg !105

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %27 to i64*, !dbg !105
  %29 = load i64, i64* %28, align 8, !dbg !105
  %30 = add i64 %29, 1, !dbg !105
  store i64 %30, i64* %28, align 8, !dbg !105
  br label %return, !dbg !105
}

; Function Attrs: nounwind
define i32 @tp8_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !106 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !108, metadata !DIExpression()), !dbg !109
  %zero = alloca i32, align 4, !dbg !110
  store i32 0, i32* %zero, align 4, !dbg !110
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !111
  %pid = lshr i64 %0, 32, !dbg !111
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !111
  %2 = icmp eq i64 %pid, %1, !dbg !111
  br i1 %2, label %pred.true, label %return, !dbg !111

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !110

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !112
  %4 = bitcast i8* %3 to i32*, !dbg !112
  %5 = load i32, i32* %4, align 4, !dbg !112
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !112
  %.not = icmp eq i8* %6, null, !dbg !112
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !112

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !112
  %8 = bitcast i8* %6 to i64*, !dbg !112
  store i64 34359738369, i64* %8, align 8, !dbg !112
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !112
  %10 = bitcast i8* %9 to i64*, !dbg !112
  store i64 7597414677158654580, i64* %10, align 8, !dbg !112
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !112
  %12 = bitcast i8* %11 to i64*, !dbg !112
  store i64 7017579609834812526, i64* %12, align 8, !dbg !112
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !112
  %14 = bitcast i8* %13 to i64*, !dbg !112
  store i64 6877974591733722220, i64* %14, align 8, !dbg !112
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !112
  %16 = bitcast i8* %15 to i64*, !dbg !112
  store i64 8317127556779503205, i64* %16, align 8, !dbg !112
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !112
  store i8 101, i8* %17, align 1, !dbg !112
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !112
  store i8 101, i8* %18, align 1, !dbg !112
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !112
  store i8 107, i8* %19, align 1, !dbg !112
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !112
  store i8 0, i8* %20, align 1, !dbg !112
  %21 = getelementptr i8, i8* %6, i64 48, !dbg !112
  %22 = bitcast i8* %21 to i64*, !dbg !112
  store i64 %7, i64* %22, align 8, !dbg !112
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !112
  %24 = icmp ugt i64 %23, 65536, !dbg !112
  %25 = select i1 %24, i64 2, i64 1, !dbg !112
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %25) #0, !dbg !112
  br label %return, !dbg !112

rec.lost:                                         ; preds = %pred.true
  %26 = bitcast i32* %zero to i8*, !dbg !112
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !112
  %.not1 = icmp eq i8* %27, null, !dbg !112
  br i1 %.not1, label %return, label %stat.inc, !dbg !112

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %27 to i64*, !dbg !112
  %29 = load i64, i64* %28, align 8, !dbg !112
  %30 = add i64 %29, 1, !dbg !112
  store i64 %30, i64* %28, align 8, !dbg !112
  br label %return, !dbg !112
}

; Function Attrs: nounwind
define i32 @tp9_sys_enter_mmap(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_mmap" !dbg !113 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !115, metadata !DIExpression()), !dbg !116
  %zero = alloca i32, align 4, !dbg !117
  store i32 0, i32* %zero, align 4, !dbg !117
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !118
  %pid = lshr i64 %0, 32, !dbg !118
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !118
  %2 = icmp eq i64 %pid, %1, !dbg !118
  br i1 %2, label %pred.true, label %return, !dbg !118

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !117

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !119
  %4 = bitcast i8* %3 to i32*, !dbg !119
  %5 = load i32, i32* %4, align 4, !dbg !119
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !119
  %.not = icmp eq i8* %6, null, !dbg !119
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !119

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !119
  %8 = bitcast i8* %6 to i64*, !dbg !119
  store i64 38654705665, i64* %8, align 8, !dbg !119
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !119
  %10 = bitcast i8* %9 to i64*, !dbg !119
  store i64 7597414677158654580, i64* %10, align 8, !dbg !119
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !119
  %12 = bitcast i8* %11 to i64*, !dbg !119
  store i64 7017579609834812526, i64* %12, align 8, !dbg !119
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !119
  %14 = bitcast i8* %13 to i64*, !dbg !119
  store i64 6877974591733722220, i64* %14, align 8, !dbg !119
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !119
  %16 = bitcast i8* %15 to i64*, !dbg !119
  store i64 7885063467528646245, i64* %16, align 8, !dbg !119
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !119
  store i8 97, i8* %17, align 1, !dbg !119
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !119
  store i8 112, i8* %18, align 1, !dbg !119
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !119
  store i8 0, i8* %19, align 1, !dbg !119
  %20 = getelementptr i8, i8* %6, i64 48, !dbg !119
  %21 = bitcast i8* %20 to i64*, !dbg !119
  store i64 %7, i64* %21, align 8, !dbg !119
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !119
  %23 = icmp ugt i64 %22, 65536, !dbg !119
  %24 = select i1 %23, i64 2, i64 1, !dbg !119
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %24) #0, !dbg !119
  br label %return, !dbg !119

rec.lost:                                         ; preds = %pred.true
  %25 = bitcast i32* %zero to i8*, !dbg !119
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !119
  %.not1 = icmp eq i8* %26, null, !dbg !119
  br i1 %.not1, label %return, label %stat.inc, !dbg !119

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !119
  %28 = load i64, i64* %27, align 8, !dbg !119
  %29 = add i64 %28, 1, !dbg !119
  store i64 %29, i64* %27, align 8, !dbg !119
  br label %return, !dbg !119
}

; Function Attrs: nounwind
define i32 @tp10_sys_enter_nanosleep(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_nanosleep" !dbg !120 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !122, metadata !DIExpression()), !dbg !123
  %zero = alloca i32, align 4, !dbg !124
  store i32 0, i32* %zero, align 4, !dbg !124
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !125
  %pid = lshr i64 %0, 32, !dbg !125
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !125
  %2 = icmp eq i64 %pid, %1, !dbg !125
  br i1 %2, label %pred.true, label %return, !dbg !125

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !124

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !126
  %4 = bitcast i8* %3 to i32*, !dbg !126
  %5 = load i32, i32* %4, align 4, !dbg !126
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !126
  %.not = icmp eq i8* %6, null, !dbg !126
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !126

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !126
  %8 = bitcast i8* %6 to i64*, !dbg !126
  store i64 42949672961, i64* %8, align 8, !dbg !126
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !126
  %10 = bitcast i8* %9 to i64*, !dbg !126
  store i64 7597414677158654580, i64* %10, align 8, !dbg !126
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !126
  %12 = bitcast i8* %11 to i64*, !dbg !126
  store i64 7017579609834812526, i64* %12, align 8, !dbg !126
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !126
  %14 = bitcast i8* %13 to i64*, !dbg !126
  store i64 6877974591733722220, i64* %14, align 8, !dbg !126
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !126
  %16 = bitcast i8* %15 to i64*, !dbg !126
  store i64 7020653814050221669, i64* %16, align 8, !dbg !126
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !126
  %18 = bitcast i8* %17 to i64*, !dbg !126
  store i64 31636683677200238, i64* %18, align 8, !dbg !126
  %19 = getelementptr i8, i8* %6, i64 47, !dbg !126
  store i8 0, i8* %19, align 1, !dbg !126
  %20 = getelementptr i8, i8* %6, i64 48, !dbg !126
  %21 = bitcast i8* %20 to i64*, !dbg !126
  store i64 %7, i64* %21, align 8, !dbg !126
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !126
  %23 = icmp ugt i64 %22, 65536, !dbg !126
  %24 = select i1 %23, i64 2, i64 1, !dbg !126
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %24) #0, !dbg !126
  br label %return, !dbg !126

rec.lost:                                         ; preds = %pred.true
  %25 = bitcast i32* %zero to i8*, !dbg !126
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !126
  %.not1 = icmp eq i8* %26, null, !dbg !126
  br i1 %.not1, label %return, label %stat.inc, !dbg !126

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !126
  %28 = load i64, i64* %27, align 8, !dbg !126
  %29 = add i64 %28, 1, !dbg !126
  store i64 %29, i64* %27, align 8, !dbg !126
  br label %return, !dbg !126
}

; Function Attrs: nounwind
define i32 @tp11_sys_enter_newfstat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_newfstat" !dbg !127 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !129, metadata !DIExpression()), !dbg !130
  %zero = alloca i32, align 4, !dbg !131
  store i32 0, i32* %zero, align 4, !dbg !131
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !132
  %pid = lshr i64 %0, 32, !dbg !132
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !132
  %2 = icmp eq i64 %pid, %1, !dbg !132
  br i1 %2, label %pred.true, label %return, !dbg !132

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !131

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !133
  %4 = bitcast i8* %3 to i32*, !dbg !133
  %5 = load i32, i32* %4, align 4, !dbg !133
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !133
  %.not = icmp eq i8* %6, null, !dbg !133
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !133

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !133
  %8 = bitcast i8* %6 to i64*, !dbg !133
  store i64 47244640257, i64* %8, align 8, !dbg !133
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !133
  %10 = bitcast i8* %9 to i64*, !dbg !133
  store i64 7597414677158654580, i64* %10, align 8, !dbg !133
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !133
  %12 = bitcast i8* %11 to i64*, !dbg !133
  store i64 7017579609834812526, i64* %12, align 8, !dbg !133
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !133
  %14 = bitcast i8* %13 to i64*, !dbg !133
  store i64 6877974591733722220, i64* %14, align 8, !dbg !133
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !133
  %16 = bitcast i8* %15 to i64*, !dbg !133
  store i64 7308884190201933413, i64* %16, align 8, !dbg !133
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !133
  store i8 119, i8* %17, align 1, !dbg !133
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !133
  store i8 102, i8* %18, align 1, !dbg !133
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !133
  store i8 115, i8* %19, align 1, !dbg !133
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !133
  store i8 116, i8* %20, align 1, !dbg !133
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !133
  store i8 97, i8* %21, align 1, !dbg !133
  %22 = getelementptr i8, i8* %6, i64 45, !dbg !133
  store i8 116, i8* %22, align 1, !dbg !133
  %23 = getelementptr i8, i8* %6, i64 46, !dbg !133
  store i8 0, i8* %23, align 1, !dbg !133
  %24 = getelementptr i8, i8* %6, i64 48, !dbg !133
  %25 = bitcast i8* %24 to i64*, !dbg !133
  store i64 %7, i64* %25, align 8, !dbg !133
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !133
  %27 = icmp ugt i64 %26, 65536, !dbg !133
  %28 = select i1 %27, i64 2, i64 1, !dbg !133
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %28) #0, !dbg !133
  br label %return, !dbg !133

rec.lost:                                         ; preds = %pred.true
  %29 = bitcast i32* %zero to i8*, !dbg !133
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !133
  %.not1 = icmp eq i8* %30, null, !dbg !133
  br i1 %.not1, label %return, label %stat.inc, !dbg !133

stat.inc:                                         ; preds = %rec.lost
  %31 = bitcast i8* %30 to i64*, !dbg !133
  %32 = load i64, i64* %31, align 8, !dbg !133
  %33 = add i64 %32, 1, !dbg !133
  store i64 %33, i64* %31, align 8, !dbg !133
  br label %return, !dbg !133
}

; Function Attrs: nounwind
define i32 @tp12_sys_enter_open(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_open" !dbg !134 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !136, metadata !DIExpression()), !dbg !137
  %zero = alloca i32, align 4, !dbg !138
  store i32 0, i32* %zero, align 4, !dbg !138
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !139
  %pid = lshr i64 %0, 32, !dbg !139
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !139
  %2 = icmp eq i64 %pid, %1, !dbg !139
  br i1 %2, label %pred.true, label %return, !dbg !139

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !138

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !140
  %4 = bitcast i8* %3 to i32*, !dbg !140
  %5 = load i32, i32* %4, align 4, !dbg !140
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !140
  %.not = icmp eq i8* %6, null, !dbg !140
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !140

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !140
  %8 = bitcast i8* %6 to i64*, !dbg !140
  store i64 51539607553, i64* %8, align 8, !dbg !140
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !140
  %10 = bitcast i8* %9 to i64*, !dbg !140
  store i64 7597414677158654580, i64* %10, align 8, !dbg !140
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !140
  %12 = bitcast i8* %11 to i64*, !dbg !140
  store i64 7017579609834812526, i64* %12, align 8, !dbg !140
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !140
  %14 = bitcast i8* %13 to i64*, !dbg !140
  store i64 6877974591733722220, i64* %14, align 8, !dbg !140
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !140
  %16 = bitcast i8* %15 to i64*, !dbg !140
  store i64 8101799199595851365, i64* %16, align 8, !dbg !140
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !140
  store i8 101, i8* %17, align 1, !dbg !140
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !140
  store i8 110, i8* %18, align 1, !dbg !140
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !140
  store i8 0, i8* %19, align 1, !dbg !140
  %20 = getelementptr i8, i8* %6, i64 48, !dbg !140
  %21 = bitcast i8* %20 to i64*, !dbg !140
  store i64 %7, i64* %21, align 8, !dbg !140
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !140
  %23 = icmp ugt i64 %22, 65536, !dbg !140
  %24 = select i1 %23, i64 2, i64 1, !dbg !140
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %24) #0, !dbg !140
  br label %return, !dbg !140

rec.lost:                                         ; preds = %pred.true
  %25 = bitcast i32* %zero to i8*, !dbg !140
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !140
  %.not1 = icmp eq i8* %26, null, !dbg !140
  br i1 %.not1, label %return, label %stat.inc, !dbg !140

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !140
  %28 = load i64, i64* %27, align 8, !dbg !140
  %29 = add i64 %28, 1, !dbg !140
  store i64 %29, i64* %27, align 8, !dbg !140
  br label %return, !dbg !140
}

; Function Attrs: nounwind
define i32 @tp13_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !141 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !143, metadata !DIExpression()), !dbg !144
  %zero = alloca i32, align 4, !dbg !145
  store i32 0, i32* %zero, align 4, !dbg !145
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !146
  %pid = lshr i64 %0, 32, !dbg !146
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !146
  %2 = icmp eq i64 %pid, %1, !dbg !146
  br i1 %2, label %pred.true, label %return, !dbg !146

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !145

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !147
  %4 = bitcast i8* %3 to i32*, !dbg !147
  %5 = load i32, i32* %4, align 4, !dbg !147
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !147
  %.not = icmp eq i8* %6, null, !dbg !147
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !147

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !147
  %8 = bitcast i8* %6 to i64*, !dbg !147
  store i64 55834574849, i64* %8, align 8, !dbg !147
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !147
  %10 = bitcast i8* %9 to i64*, !dbg !147
  store i64 7597414677158654580, i64* %10, align 8, !dbg !147
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !147
  %12 = bitcast i8* %11 to i64*, !dbg !147
  store i64 7017579609834812526, i64* %12, align 8, !dbg !147
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !147
  %14 = bitcast i8* %13 to i64*, !dbg !147
  store i64 6877974591733722220, i64* %14, align 8, !dbg !147
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !147
  %16 = bitcast i8* %15 to i64*, !dbg !147
  store i64 8101799199595851365, i64* %16, align 8, !dbg !147
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !147
  store i8 101, i8* %17, align 1, !dbg !147
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !147
  store i8 110, i8* %18, align 1, !dbg !147
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !147
  store i8 97, i8* %19, align 1, !dbg !147
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !147
  store i8 116, i8* %20, align 1, !dbg !147
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !147
  store i8 0, i8* %21, align 1, !dbg !147
  %22 = getelementptr i8, i8* %6, i64 48, !dbg !147
  %23 = bitcast i8* %22 to i64*, !dbg !147
  store i64 %7, i64* %23, align 8, !dbg !147
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !147
  %25 = icmp ugt i64 %24, 65536, !dbg !147
  %26 = select i1 %25, i64 2, i64 1, !dbg !147
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %26) #0, !dbg !147
  br label %return, !dbg !147

rec.lost:                                         ; preds = %pred.true
  %27 = bitcast i32* %zero to i8*, !dbg !147
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !147
  %.not1 = icmp eq i8* %28, null, !dbg !147
  br i1 %.not1, label %return, label %stat.inc, !dbg !147

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !147
  %30 = load i64, i64* %29, align 8, !dbg !147
  %31 = add i64 %30, 1, !dbg !147
  store i64 %31, i64* %29, align 8, !dbg !147
  br label %return, !dbg !147
}

; Function Attrs: nounwind
define i32 @tp14_sys_enter_pread64(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_pread64" !dbg !148 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !150, metadata !DIExpression()), !dbg !151
  %zero = alloca i32, align 4, !dbg !152
  store i32 0, i32* %zero, align 4, !dbg !152
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !153
  %pid = lshr i64 %0, 32, !dbg !153
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !153
  %2 = icmp eq i64 %pid, %1, !dbg !153
  br i1 %2, label %pred.true, label %return, !dbg !153

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !152

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !154
  %4 = bitcast i8* %3 to i32*, !dbg !154
  %5 = load i32, i32* %4, align 4, !dbg !154
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !154
  %.not = icmp eq i8* %6, null, !dbg !154
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !154

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !154
  %8 = bitcast i8* %6 to i64*, !dbg !154
  store i64 60129542145, i64* %8, align 8, !dbg !154
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !154
  %10 = bitcast i8* %9 to i64*, !dbg !154
  store i64 7597414677158654580, i64* %10, align 8, !dbg !154
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !154
  %12 = bitcast i8* %11 to i64*, !dbg !154
  store i64 7017579609834812526, i64* %12, align 8, !dbg !154
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !154
  %14 = bitcast i8* %13 to i64*, !dbg !154
  store i64 6877974591733722220, i64* %14, align 8, !dbg !154
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !154
  %16 = bitcast i8* %15 to i64*, !dbg !154
  store i64 8246195862648417893, i64* %16, align 8, !dbg !154
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !154
  store i8 101, i8* %17, align 1, !dbg !154
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !154
  store i8 97, i8* %18, align 1, !dbg !154
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !154
  store i8 100, i8* %19, align 1, !dbg !154
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !154
  store i8 54, i8* %20, align 1, !dbg !154
  %21 = getelementptr i8, i8* %6, i64 44, !dbg !154
  store i8 52, i8* %21, align 1, !dbg !154
  %22 = getelementptr i8, i8* %6, i64 45, !dbg !154
  store i8 0, i8* %22, align 1, !dbg !154
  %23 = getelementptr i8, i8* %6, i64 48, !dbg !154
  %24 = bitcast i8* %23 to i64*, !dbg !154
  store i64 %7, i64* %24, align 8, !dbg !154
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !154
  %26 = icmp ugt i64 %25, 65536, !dbg !154
  %27 = select i1 %26, i64 2, i64 1, !dbg !154
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %27) #0, !dbg !154
  br label %return, !dbg !154

rec.lost:                                         ; preds = %pred.true
  %28 = bitcast i32* %zero to i8*, !dbg !154
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !154
  %.not1 = icmp eq i8* %29, null, !dbg !154
  br i1 %.not1, label %return, label %stat.inc, !dbg !154

stat.inc:                                         ; preds = %rec.lost
  %30 = bitcast i8* %29 to i64*, !dbg !154
  %31 = load i64, i64* %30, align 8, !dbg !154
  %32 = add i64 %31, 1, !dbg !154
  store i64 %32, i64* %30, align 8, !dbg !154
  br label %return, !dbg !154
}

; Function Attrs: nounwind
define i32 @tp15_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !155 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !157, metadata !DIExpression()), !dbg !158
  %zero = alloca i32, align 4, !dbg !159
  store i32 0, i32* %zero, align 4, !dbg !159
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !160
  %pid = lshr i64 %0, 32, !dbg !160
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !160
  %2 = icmp eq i64 %pid, %1, !dbg !160
  br i1 %2, label %pred.true, label %return, !dbg !160

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !159

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !161
  %4 = bitcast i8* %3 to i32*, !dbg !161
  %5 = load i32, i32* %4, align 4, !dbg !161
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !161
  %.not = icmp eq i8* %6, null, !dbg !161
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !161

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !161
  %8 = bitcast i8* %6 to i64*, !dbg !161
  store i64 64424509441, i64* %8, align 8, !dbg !161
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !161
  %10 = bitcast i8* %9 to i64*, !dbg !161
  store i64 7597414677158654580, i64* %10, align 8, !dbg !161
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !161
  %12 = bitcast i8* %11 to i64*, !dbg !161
  store i64 7017579609834812526, i64* %12, align 8, !dbg !161
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !161
  %14 = bitcast i8* %13 to i64*, !dbg !161
  store i64 6877974591733722220, i64* %14, align 8, !dbg !161
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !161
  %16 = bitcast i8* %15 to i64*, !dbg !161
  store i64 7310010090108776037, i64* %16, align 8, !dbg !161
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !161
  store i8 97, i8* %17, align 1, !dbg !161
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !161
  store i8 100, i8* %18, align 1, !dbg !161
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !161
  store i8 0, i8* %19, align 1, !dbg !161
  %20 = getelementptr i8, i8* %6, i64 48, !dbg !161
  %21 = bitcast i8* %20 to i64*, !dbg !161
  store i64 %7, i64* %21, align 8, !dbg !161
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !161
  %23 = icmp ugt i64 %22, 65536, !dbg !161
  %24 = select i1 %23, i64 2, i64 1, !dbg !161
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %24) #0, !dbg !161
  br label %return, !dbg !161

rec.lost:                                         ; preds = %pred.true
  %25 = bitcast i32* %zero to i8*, !dbg !161
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !161
  %.not1 = icmp eq i8* %26, null, !dbg !161
  br i1 %.not1, label %return, label %stat.inc, !dbg !161

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !161
  %28 = load i64, i64* %27, align 8, !dbg !161
  %29 = add i64 %28, 1, !dbg !161
  store i64 %29, i64* %27, align 8, !dbg !161
  br label %return, !dbg !161
}

; Function Attrs: nounwind
define i32 @tp16_sys_enter_write(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_write" !dbg !162 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !164, metadata !DIExpression()), !dbg !165
  %zero = alloca i32, align 4, !dbg !166
  store i32 0, i32* %zero, align 4, !dbg !166
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !167
  %pid = lshr i64 %0, 32, !dbg !167
  %1 = load volatile i64, i64* bitcast ([24 x i8]* @tp_ro to i64*), align 8, !dbg !167
  %2 = icmp eq i64 %pid, %1, !dbg !167
  br i1 %2, label %pred.true, label %return, !dbg !167

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !166

pred.true:                                        ; preds = %entry
  %3 = getelementptr i8, i8* %ctx, i64 8, !dbg !168
  %4 = bitcast i8* %3 to i32*, !dbg !168
  %5 = load i32, i32* %4, align 4, !dbg !168
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !168
  %.not = icmp eq i8* %6, null, !dbg !168
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !168

rec.fill:                                         ; preds = %pred.true
  %7 = sext i32 %5 to i64, !dbg !168
  %8 = bitcast i8* %6 to i64*, !dbg !168
  store i64 68719476737, i64* %8, align 8, !dbg !168
  %9 = getelementptr i8, i8* %6, i64 8, !dbg !168
  %10 = bitcast i8* %9 to i64*, !dbg !168
  store i64 7597414677158654580, i64* %10, align 8, !dbg !168
  %11 = getelementptr i8, i8* %6, i64 16, !dbg !168
  %12 = bitcast i8* %11 to i64*, !dbg !168
  store i64 7017579609834812526, i64* %12, align 8, !dbg !168
  %13 = getelementptr i8, i8* %6, i64 24, !dbg !168
  %14 = bitcast i8* %13 to i64*, !dbg !168
  store i64 6877974591733722220, i64* %14, align 8, !dbg !168
  %15 = getelementptr i8, i8* %6, i64 32, !dbg !168
  %16 = bitcast i8* %15 to i64*, !dbg !168
  store i64 8248166187485392485, i64* %16, align 8, !dbg !168
  %17 = getelementptr i8, i8* %6, i64 40, !dbg !168
  store i8 105, i8* %17, align 1, !dbg !168
  %18 = getelementptr i8, i8* %6, i64 41, !dbg !168
  store i8 116, i8* %18, align 1, !dbg !168
  %19 = getelementptr i8, i8* %6, i64 42, !dbg !168
  store i8 101, i8* %19, align 1, !dbg !168
  %20 = getelementptr i8, i8* %6, i64 43, !dbg !168
  store i8 0, i8* %20, align 1, !dbg !168
  %21 = getelementptr i8, i8* %6, i64 48, !dbg !168
  %22 = bitcast i8* %21 to i64*, !dbg !168
  store i64 %7, i64* %22, align 8, !dbg !168
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !168
  %24 = icmp ugt i64 %23, 65536, !dbg !168
  %25 = select i1 %24, i64 2, i64 1, !dbg !168
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %25) #0, !dbg !168
  br label %return, !dbg !168

rec.lost:                                         ; preds = %pred.true
  %26 = bitcast i32* %zero to i8*, !dbg !168
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !168
  %.not1 = icmp eq i8* %27, null, !dbg !168
  br i1 %.not1, label %return, label %stat.inc, !dbg !168

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %27 to i64*, !dbg !168
  %29 = load i64, i64* %28, align 8, !dbg !168
  %30 = add i64 %29, 1, !dbg !168
  store i64 %30, i64* %28, align 8, !dbg !168
  br label %return, !dbg !168
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "syscall_fold_common.tp", directory: ".")
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
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 192, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 24, lowerBound: 0)
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter_brk", linkageName: "tp0_sys_enter_brk", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 2, column: 34, scope: !47)
!56 = !DILocation(line: 3, column: 2, scope: !47)
!57 = distinct !DISubprogram(name: "tp1_sys_enter_close", linkageName: "tp1_sys_enter_close", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58)
!58 = !{!59}
!59 = !DILocalVariable(name: "ctx", arg: 1, scope: !57, file: !3, line: 2, type: !50)
!60 = !DILocation(line: 2, scope: !57)
!61 = !DILocation(line: 2, column: 1, scope: !57)
!62 = !DILocation(line: 2, column: 34, scope: !57)
!63 = !DILocation(line: 3, column: 2, scope: !57)
!64 = distinct !DISubprogram(name: "tp2_sys_enter_dup", linkageName: "tp2_sys_enter_dup", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!65 = !{!66}
!66 = !DILocalVariable(name: "ctx", arg: 1, scope: !64, file: !3, line: 2, type: !50)
!67 = !DILocation(line: 2, scope: !64)
!68 = !DILocation(line: 2, column: 1, scope: !64)
!69 = !DILocation(line: 2, column: 34, scope: !64)
!70 = !DILocation(line: 3, column: 2, scope: !64)
!71 = distinct !DISubprogram(name: "tp3_sys_enter_execve", linkageName: "tp3_sys_enter_execve", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !72)
!72 = !{!73}
!73 = !DILocalVariable(name: "ctx", arg: 1, scope: !71, file: !3, line: 2, type: !50)
!74 = !DILocation(line: 2, scope: !71)
!75 = !DILocation(line: 2, column: 1, scope: !71)
!76 = !DILocation(line: 2, column: 34, scope: !71)
!77 = !DILocation(line: 3, column: 2, scope: !71)
!78 = distinct !DISubprogram(name: "tp4_sys_enter_get_robust_list", linkageName: "tp4_sys_enter_get_robust_list", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !79)
!79 = !{!80}
!80 = !DILocalVariable(name: "ctx", arg: 1, scope: !78, file: !3, line: 2, type: !50)
!81 = !DILocation(line: 2, scope: !78)
!82 = !DILocation(line: 2, column: 1, scope: !78)
!83 = !DILocation(line: 2, column: 34, scope: !78)
!84 = !DILocation(line: 3, column: 2, scope: !78)
!85 = distinct !DISubprogram(name: "tp5_sys_enter_getpid", linkageName: "tp5_sys_enter_getpid", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !85, file: !3, line: 2, type: !50)
!88 = !DILocation(line: 2, scope: !85)
!89 = !DILocation(line: 2, column: 1, scope: !85)
!90 = !DILocation(line: 2, column: 34, scope: !85)
!91 = !DILocation(line: 3, column: 2, scope: !85)
!92 = distinct !DISubprogram(name: "tp6_sys_enter_getppid", linkageName: "tp6_sys_enter_getppid", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !93)
!93 = !{!94}
!94 = !DILocalVariable(name: "ctx", arg: 1, scope: !92, file: !3, line: 2, type: !50)
!95 = !DILocation(line: 2, scope: !92)
!96 = !DILocation(line: 2, column: 1, scope: !92)
!97 = !DILocation(line: 2, column: 34, scope: !92)
!98 = !DILocation(line: 3, column: 2, scope: !92)
!99 = distinct !DISubprogram(name: "tp7_sys_enter_ioctl", linkageName: "tp7_sys_enter_ioctl", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !100)
!100 = !{!101}
!101 = !DILocalVariable(name: "ctx", arg: 1, scope: !99, file: !3, line: 2, type: !50)
!102 = !DILocation(line: 2, scope: !99)
!103 = !DILocation(line: 2, column: 1, scope: !99)
!104 = !DILocation(line: 2, column: 34, scope: !99)
!105 = !DILocation(line: 3, column: 2, scope: !99)
!106 = distinct !DISubprogram(name: "tp8_sys_enter_lseek", linkageName: "tp8_sys_enter_lseek", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !107)
!107 = !{!108}
!108 = !DILocalVariable(name: "ctx", arg: 1, scope: !106, file: !3, line: 2, type: !50)
!109 = !DILocation(line: 2, scope: !106)
!110 = !DILocation(line: 2, column: 1, scope: !106)
!111 = !DILocation(line: 2, column: 34, scope: !106)
!112 = !DILocation(line: 3, column: 2, scope: !106)
!113 = distinct !DISubprogram(name: "tp9_sys_enter_mmap", linkageName: "tp9_sys_enter_mmap", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !114)
!114 = !{!115}
!115 = !DILocalVariable(name: "ctx", arg: 1, scope: !113, file: !3, line: 2, type: !50)
!116 = !DILocation(line: 2, scope: !113)
!117 = !DILocation(line: 2, column: 1, scope: !113)
!118 = !DILocation(line: 2, column: 34, scope: !113)
!119 = !DILocation(line: 3, column: 2, scope: !113)
!120 = distinct !DISubprogram(name: "tp10_sys_enter_nanosleep", linkageName: "tp10_sys_enter_nanosleep", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !121)
!121 = !{!122}
!122 = !DILocalVariable(name: "ctx", arg: 1, scope: !120, file: !3, line: 2, type: !50)
!123 = !DILocation(line: 2, scope: !120)
!124 = !DILocation(line: 2, column: 1, scope: !120)
!125 = !DILocation(line: 2, column: 34, scope: !120)
!126 = !DILocation(line: 3, column: 2, scope: !120)
!127 = distinct !DISubprogram(name: "tp11_sys_enter_newfstat", linkageName: "tp11_sys_enter_newfstat", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !128)
!128 = !{!129}
!129 = !DILocalVariable(name: "ctx", arg: 1, scope: !127, file: !3, line: 2, type: !50)
!130 = !DILocation(line: 2, scope: !127)
!131 = !DILocation(line: 2, column: 1, scope: !127)
!132 = !DILocation(line: 2, column: 34, scope: !127)
!133 = !DILocation(line: 3, column: 2, scope: !127)
!134 = distinct !DISubprogram(name: "tp12_sys_enter_open", linkageName: "tp12_sys_enter_open", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !135)
!135 = !{!136}
!136 = !DILocalVariable(name: "ctx", arg: 1, scope: !134, file: !3, line: 2, type: !50)
!137 = !DILocation(line: 2, scope: !134)
!138 = !DILocation(line: 2, column: 1, scope: !134)
!139 = !DILocation(line: 2, column: 34, scope: !134)
!140 = !DILocation(line: 3, column: 2, scope: !134)
!141 = distinct !DISubprogram(name: "tp13_sys_enter_openat", linkageName: "tp13_sys_enter_openat", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !142)
!142 = !{!143}
!143 = !DILocalVariable(name: "ctx", arg: 1, scope: !141, file: !3, line: 2, type: !50)
!144 = !DILocation(line: 2, scope: !141)
!145 = !DILocation(line: 2, column: 1, scope: !141)
!146 = !DILocation(line: 2, column: 34, scope: !141)
!147 = !DILocation(line: 3, column: 2, scope: !141)
!148 = distinct !DISubprogram(name: "tp14_sys_enter_pread64", linkageName: "tp14_sys_enter_pread64", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !149)
!149 = !{!150}
!150 = !DILocalVariable(name: "ctx", arg: 1, scope: !148, file: !3, line: 2, type: !50)
!151 = !DILocation(line: 2, scope: !148)
!152 = !DILocation(line: 2, column: 1, scope: !148)
!153 = !DILocation(line: 2, column: 34, scope: !148)
!154 = !DILocation(line: 3, column: 2, scope: !148)
!155 = distinct !DISubprogram(name: "tp15_sys_enter_read", linkageName: "tp15_sys_enter_read", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !156)
!156 = !{!157}
!157 = !DILocalVariable(name: "ctx", arg: 1, scope: !155, file: !3, line: 2, type: !50)
!158 = !DILocation(line: 2, scope: !155)
!159 = !DILocation(line: 2, column: 1, scope: !155)
!160 = !DILocation(line: 2, column: 34, scope: !155)
!161 = !DILocation(line: 3, column: 2, scope: !155)
!162 = distinct !DISubprogram(name: "tp16_sys_enter_write", linkageName: "tp16_sys_enter_write", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !163)
!163 = !{!164}
!164 = !DILocalVariable(name: "ctx", arg: 1, scope: !162, file: !3, line: 2, type: !50)
!165 = !DILocation(line: 2, scope: !162)
!166 = !DILocation(line: 2, column: 1, scope: !162)
!167 = !DILocation(line: 2, column: 34, scope: !162)
!168 = !DILocation(line: 3, column: 2, scope: !162)
