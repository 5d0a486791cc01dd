; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@"llvm.task_struct:0:64$0:0" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:1:8$0:0" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:4:60$0:0" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:5:63$0:0" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:0:64$0:1" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:1:8$0:1" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:4:55$0:1" = external global i32, !llvm.preserve.access.index !45 #0
@"llvm.task_struct:5:59$0:1" = external global i32, !llvm.preserve.access.index !45 #0

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "raw_tp" !dbg !52 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !58
  %tmp = alloca [1 x i64], align 8, !dbg !58
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !57, metadata !DIExpression()), !dbg !58
  %zero = alloca i32, align 4, !dbg !59
  store i32 0, i32* %zero, align 4, !dbg !59
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !59
  %1 = icmp eq i64 %0, 0, !dbg !59
  br i1 %1, label %pid.match, label %pid.filter, !dbg !59

return:                                           ; preds = %rec.lost3, %stat.inc5, %rec.fill2, %pid.filter
  ret i32 0, !dbg !59

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !59
  %3 = lshr i64 %2, 32, !dbg !59
  %4 = icmp eq i64 %3, %0, !dbg !59
  br i1 %4, label %pid.match, label %return, !dbg !59

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !60
  %6 = inttoptr i64 %5 to i8*, !dbg !60
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !60
  %8 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %9 = call i32 @llvm.bpf.passthrough.i32.i32(i32 0, i32 %8)
  %10 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %11 = call i32 @llvm.bpf.passthrough.i32.i32(i32 1, i32 %10)
  %12 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %13 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %14 = zext i32 %9 to i64, !dbg !60
  %15 = getelementptr i8, i8* %6, i64 %14, !dbg !60
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !60
  store i64 0, i64* %16, align 8, !dbg !60
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 %11, i8* %15) #1, !dbg !60
  %18 = load i64, i64* %16, align 8, !dbg !60
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !60
  %20 = inttoptr i64 %19 to i8*, !dbg !60
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !60
  %22 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %23 = call i32 @llvm.bpf.passthrough.i32.i32(i32 4, i32 %22)
  %24 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %25 = call i32 @llvm.bpf.passthrough.i32.i32(i32 5, i32 %24)
  %26 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %27 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %28 = zext i32 %23 to i64, !dbg !60
  %29 = getelementptr i8, i8* %20, i64 %28, !dbg !60
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !60
  store i64 0, i64* %30, align 8, !dbg !60
  %31 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 %25, i8* %29) #1, !dbg !60
  %32 = load i64, i64* %30, align 8, !dbg !60
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !60
  %.not = icmp eq i8* %33, null, !dbg !60
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !60

rec.fill:                                         ; preds = %pid.match
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 6, i32 %26)
  %35 = zext i32 %34 to i64, !dbg !60
  %36 = shl i64 %32, %35, !dbg !60
  %37 = call i32 @llvm.bpf.passthrough.i32.i32(i32 7, i32 %27)
  %38 = zext i32 %37 to i64, !dbg !60
  %39 = ashr i64 %36, %38, !dbg !60
  %40 = call i32 @llvm.bpf.passthrough.i32.i32(i32 2, i32 %12)
  %41 = zext i32 %40 to i64, !dbg !60
  %42 = shl i64 %18, %41, !dbg !60
  %43 = call i32 @llvm.bpf.passthrough.i32.i32(i32 3, i32 %13)
  %44 = zext i32 %43 to i64, !dbg !60
  %45 = lshr i64 %42, %44, !dbg !60
  %46 = bitcast i8* %33 to i64*, !dbg !60
  store i64 1, i64* %46, align 8, !dbg !60
  %47 = getelementptr i8, i8* %33, i64 8, !dbg !60
  %48 = bitcast i8* %47 to i64*, !dbg !60
  store i64 %45, i64* %48, align 8, !dbg !60
  %49 = getelementptr i8, i8* %33, i64 16, !dbg !60
  %50 = bitcast i8* %49 to i64*, !dbg !60
  store i64 %39, i64* %50, align 8, !dbg !60
  %51 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !60
  %52 = icmp ugt i64 %51, 65536, !dbg !60
  %53 = select i1 %52, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %53) #1, !dbg !60
  br label %rec.done, !dbg !60

rec.lost:                                         ; preds = %pid.match
  %54 = bitcast i32* %zero to i8*, !dbg !60
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #1, !dbg !60
  %.not7 = icmp eq i8* %55, null, !dbg !60
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !60

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %56 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !61
  %.not8 = icmp eq i8* %56, null, !dbg !61
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %57 = bitcast i8* %55 to i64*, !dbg !60
  %58 = load i64, i64* %57, align 8, !dbg !60
  %59 = add i64 %58, 1, !dbg !60
  store i64 %59, i64* %57, align 8, !dbg !60
  br label %rec.done, !dbg !60

rec.fill2:                                        ; preds = %rec.done
  %60 = bitcast i8* %56 to i64*, !dbg !61
  store i64 4294967297, i64* %60, align 8, !dbg !61
  %61 = getelementptr i8, i8* %56, i64 8, !dbg !61
  %62 = bitcast i8* %61 to i64*, !dbg !61
  store i64 216, i64* %62, align 8, !dbg !61
  %63 = getelementptr i8, i8* %56, i64 16, !dbg !61
  %64 = bitcast i8* %63 to i64*, !dbg !61
  store i64 152, i64* %64, align 8, !dbg !61
  %65 = getelementptr i8, i8* %56, i64 24, !dbg !61
  %66 = bitcast i8* %65 to i64*, !dbg !61
  store i64 16, i64* %66, align 8, !dbg !61
  %67 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !61
  %68 = icmp ugt i64 %67, 65536, !dbg !61
  %69 = select i1 %68, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %56, i64 %69) #1, !dbg !61
  br label %return, !dbg !61

rec.lost3:                                        ; preds = %rec.done
  %70 = bitcast i32* %zero to i8*, !dbg !61
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %70) #1, !dbg !61
  %.not9 = icmp eq i8* %71, null, !dbg !61
  br i1 %.not9, label %return, label %stat.inc5, !dbg !61

stat.inc5:                                        ; preds = %rec.lost3
  %72 = bitcast i8* %71 to i64*, !dbg !61
  %73 = load i64, i64* %72, align 8, !dbg !61
  %74 = add i64 %73, 1, !dbg !61
  store i64 %74, i64* %72, align 8, !dbg !61
  br label %return, !dbg !61
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4

; Function Attrs: nounwind
define i32 @tp0_pe_inet_sock_set_state(i8* %ctx) #1 section "tracepoint" !dbg !62 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !65
  %tmp = alloca [1 x i64], align 8, !dbg !65
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !64, metadata !DIExpression()), !dbg !65
  %zero = alloca i32, align 4, !dbg !66
  store i32 0, i32* %zero, align 4, !dbg !66
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !66
  %1 = icmp eq i64 %0, 0, !dbg !66
  br i1 %1, label %pid.match, label %pid.filter, !dbg !66

return:                                           ; preds = %rec.lost3, %stat.inc5, %rec.fill2, %pid.filter
  ret i32 0, !dbg !66

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !66
  %3 = lshr i64 %2, 32, !dbg !66
  %4 = icmp eq i64 %3, %0, !dbg !66
  br i1 %4, label %pid.match, label %return, !dbg !66

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !67
  %6 = inttoptr i64 %5 to i8*, !dbg !67
  %7 = bitcast [1 x i64]* %tmp to i8*, !dbg !67
  %8 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %9 = call i32 @llvm.bpf.passthrough.i32.i32(i32 8, i32 %8)
  %10 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %11 = call i32 @llvm.bpf.passthrough.i32.i32(i32 9, i32 %10)
  %12 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %13 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %14 = zext i32 %9 to i64, !dbg !67
  %15 = getelementptr i8, i8* %6, i64 %14, !dbg !67
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !67
  store i64 0, i64* %16, align 8, !dbg !67
  %17 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %7, i32 %11, i8* %15) #1, !dbg !67
  %18 = load i64, i64* %16, align 8, !dbg !67
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !67
  %20 = inttoptr i64 %19 to i8*, !dbg !67
  %21 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !67
  %22 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %23 = call i32 @llvm.bpf.passthrough.i32.i32(i32 12, i32 %22)
  %24 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %25 = call i32 @llvm.bpf.passthrough.i32.i32(i32 13, i32 %24)
  %26 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %27 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %28 = zext i32 %23 to i64, !dbg !67
  %29 = getelementptr i8, i8* %20, i64 %28, !dbg !67
  %30 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !67
  store i64 0, i64* %30, align 8, !dbg !67
  %31 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %21, i32 %25, i8* %29) #1, !dbg !67
  %32 = load i64, i64* %30, align 8, !dbg !67
  %33 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !67
  %.not = icmp eq i8* %33, null, !dbg !67
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !67

rec.fill:                                         ; preds = %pid.match
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 14, i32 %26)
  %35 = zext i32 %34 to i64, !dbg !67
  %36 = shl i64 %32, %35, !dbg !67
  %37 = call i32 @llvm.bpf.passthrough.i32.i32(i32 15, i32 %27)
  %38 = zext i32 %37 to i64, !dbg !67
  %39 = ashr i64 %36, %38, !dbg !67
  %40 = call i32 @llvm.bpf.passthrough.i32.i32(i32 10, i32 %12)
  %41 = zext i32 %40 to i64, !dbg !67
  %42 = shl i64 %18, %41, !dbg !67
  %43 = call i32 @llvm.bpf.passthrough.i32.i32(i32 11, i32 %13)
  %44 = zext i32 %43 to i64, !dbg !67
  %45 = lshr i64 %42, %44, !dbg !67
  %46 = bitcast i8* %33 to i64*, !dbg !67
  store i64 1, i64* %46, align 8, !dbg !67
  %47 = getelementptr i8, i8* %33, i64 8, !dbg !67
  %48 = bitcast i8* %47 to i64*, !dbg !67
  store i64 %45, i64* %48, align 8, !dbg !67
  %49 = getelementptr i8, i8* %33, i64 16, !dbg !67
  %50 = bitcast i8* %49 to i64*, !dbg !67
  store i64 %39, i64* %50, align 8, !dbg !67
  %51 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !67
  %52 = icmp ugt i64 %51, 65536, !dbg !67
  %53 = select i1 %52, i64 2, i64 1, !dbg !67
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %33, i64 %53) #1, !dbg !67
  br label %rec.done, !dbg !67

rec.lost:                                         ; preds = %pid.match
  %54 = bitcast i32* %zero to i8*, !dbg !67
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %54) #1, !dbg !67
  %.not7 = icmp eq i8* %55, null, !dbg !67
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !67

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %56 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !68
  %.not8 = icmp eq i8* %56, null, !dbg !68
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !68

stat.inc:                                         ; preds = %rec.lost
  %57 = bitcast i8* %55 to i64*, !dbg !67
  %58 = load i64, i64* %57, align 8, !dbg !67
  %59 = add i64 %58, 1, !dbg !67
  store i64 %59, i64* %57, align 8, !dbg !67
  br label %rec.done, !dbg !67

rec.fill2:                                        ; preds = %rec.done
  %60 = bitcast i8* %56 to i64*, !dbg !68
  store i64 4294967297, i64* %60, align 8, !dbg !68
  %61 = getelementptr i8, i8* %56, i64 8, !dbg !68
  %62 = bitcast i8* %61 to i64*, !dbg !68
  store i64 216, i64* %62, align 8, !dbg !68
  %63 = getelementptr i8, i8* %56, i64 16, !dbg !68
  %64 = bitcast i8* %63 to i64*, !dbg !68
  store i64 152, i64* %64, align 8, !dbg !68
  %65 = getelementptr i8, i8* %56, i64 24, !dbg !68
  %66 = bitcast i8* %65 to i64*, !dbg !68
  store i64 16, i64* %66, align 8, !dbg !68
  %67 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !68
  %68 = icmp ugt i64 %67, 65536, !dbg !68
  %69 = select i1 %68, i64 2, i64 1, !dbg !68
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %56, i64 %69) #1, !dbg !68
  br label %return, !dbg !68

rec.lost3:                                        ; preds = %rec.done
  %70 = bitcast i32* %zero to i8*, !dbg !68
  %71 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %70) #1, !dbg !68
  %.not9 = icmp eq i8* %71, null, !dbg !68
  br i1 %.not9, label %return, label %stat.inc5, !dbg !68

stat.inc5:                                        ; preds = %rec.lost3
  %72 = bitcast i8* %71 to i64*, !dbg !68
  %73 = load i64, i64* %72, align 8, !dbg !68
  %74 = add i64 %73, 1, !dbg !68
  store i64 %74, i64* %72, align 8, !dbg !68
  br label %return, !dbg !68
}

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!50, !51}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_bitfield_sizeof.tp", directory: ".")
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
!45 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !3, file: !3, size: 1728, elements: !46)
!46 = !{!47, !49}
!47 = !DIDerivedType(tag: DW_TAG_member, name: "in_execve", scope: !3, file: !3, baseType: !48, size: 1, offset: 515, flags: DIFlagBitField, extraData: i64 512)
!48 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "pdeath_signal", scope: !3, file: !3, baseType: !12, size: 5, offset: 516, flags: DIFlagBitField, extraData: i64 512)
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 2, !"Dwarf Version", i32 4}
!52 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 3, type: !53, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !56)
!53 = !DISubroutineType(types: !54)
!54 = !{!12, !55}
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !{!57}
!57 = !DILocalVariable(name: "ctx", arg: 1, scope: !52, file: !3, line: 3, type: !55)
!58 = !DILocation(line: 3, scope: !52)
!59 = !DILocation(line: 3, column: 1, scope: !52)
!60 = !DILocation(line: 4, column: 2, scope: !52)
!61 = !DILocation(line: 5, column: 2, scope: !52)
!62 = distinct !DISubprogram(name: "tp0_pe_inet_sock_set_state", linkageName: "tp0_pe_inet_sock_set_state", scope: !3, file: !3, line: 3, type: !53, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !63)
!63 = !{!64}
!64 = !DILocalVariable(name: "ctx", arg: 1, scope: !62, file: !3, line: 3, type: !55)
!65 = !DILocation(line: 3, scope: !62)
!66 = !DILocation(line: 3, column: 1, scope: !62)
!67 = !DILocation(line: 4, column: 2, scope: !62)
!68 = !DILocation(line: 5, column: 2, scope: !62)
