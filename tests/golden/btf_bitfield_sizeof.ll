; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@"llvm.task_struct:0:64$0:0" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:1:8$0:0" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:4:60$0:0" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:5:63$0:0" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:0:64$0:1" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:1:8$0:1" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:4:55$0:1" = external global i32, !llvm.preserve.access.index !38 #0
@"llvm.task_struct:5:59$0:1" = external global i32, !llvm.preserve.access.index !38 #0

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #1 section "raw_tp" !dbg !45 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !51
  %tmp = alloca [1 x i64], align 8, !dbg !51
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !50, metadata !DIExpression()), !dbg !51
  %zero = alloca i32, align 4, !dbg !52
  store i32 0, i32* %zero, align 4, !dbg !52
  %0 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !53
  %1 = inttoptr i64 %0 to i8*, !dbg !53
  %2 = bitcast [1 x i64]* %tmp to i8*, !dbg !53
  %3 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %4 = call i32 @llvm.bpf.passthrough.i32.i32(i32 0, i32 %3)
  %5 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %6 = call i32 @llvm.bpf.passthrough.i32.i32(i32 1, i32 %5)
  %7 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %8 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %9 = zext i32 %4 to i64, !dbg !53
  %10 = getelementptr i8, i8* %1, i64 %9, !dbg !53
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !53
  store i64 0, i64* %11, align 8, !dbg !53
  %12 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 %6, i8* %10) #1, !dbg !53
  %13 = load i64, i64* %11, align 8, !dbg !53
  %14 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !53
  %15 = inttoptr i64 %14 to i8*, !dbg !53
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !53
  %17 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %18 = call i32 @llvm.bpf.passthrough.i32.i32(i32 4, i32 %17)
  %19 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %20 = call i32 @llvm.bpf.passthrough.i32.i32(i32 5, i32 %19)
  %21 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %22 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %23 = zext i32 %18 to i64, !dbg !53
  %24 = getelementptr i8, i8* %15, i64 %23, !dbg !53
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !53
  store i64 0, i64* %25, align 8, !dbg !53
  %26 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 %20, i8* %24) #1, !dbg !53
  %27 = load i64, i64* %25, align 8, !dbg !53
  %28 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !53
  %.not = icmp eq i8* %28, null, !dbg !53
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !53

rec.fill:                                         ; preds = %entry
  %29 = call i32 @llvm.bpf.passthrough.i32.i32(i32 6, i32 %21)
  %30 = zext i32 %29 to i64, !dbg !53
  %31 = shl i64 %27, %30, !dbg !53
  %32 = call i32 @llvm.bpf.passthrough.i32.i32(i32 7, i32 %22)
  %33 = zext i32 %32 to i64, !dbg !53
  %34 = ashr i64 %31, %33, !dbg !53
  %35 = call i32 @llvm.bpf.passthrough.i32.i32(i32 2, i32 %7)
  %36 = zext i32 %35 to i64, !dbg !53
  %37 = shl i64 %13, %36, !dbg !53
  %38 = call i32 @llvm.bpf.passthrough.i32.i32(i32 3, i32 %8)
  %39 = zext i32 %38 to i64, !dbg !53
  %40 = lshr i64 %37, %39, !dbg !53
  %41 = bitcast i8* %28 to i64*, !dbg !53
  store i64 1, i64* %41, align 8, !dbg !53
  %42 = getelementptr i8, i8* %28, i64 8, !dbg !53
  %43 = bitcast i8* %42 to i64*, !dbg !53
  store i64 %40, i64* %43, align 8, !dbg !53
  %44 = getelementptr i8, i8* %28, i64 16, !dbg !53
  %45 = bitcast i8* %44 to i64*, !dbg !53
  store i64 %34, i64* %45, align 8, !dbg !53
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !53
  %47 = icmp ugt i64 %46, 65536, !dbg !53
  %48 = select i1 %47, i64 2, i64 1, !dbg !53
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %28, i64 %48) #1, !dbg !53
  br label %rec.done, !dbg !53

rec.lost:                                         ; preds = %entry
  %49 = bitcast i32* %zero to i8*, !dbg !53
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #1, !dbg !53
  %.not7 = icmp eq i8* %50, null, !dbg !53
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !53

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %51 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !54
  %.not8 = icmp eq i8* %51, null, !dbg !54
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !54

stat.inc:                                         ; preds = %rec.lost
  %52 = bitcast i8* %50 to i64*, !dbg !53
  %53 = load i64, i64* %52, align 8, !dbg !53
  %54 = add i64 %53, 1, !dbg !53
  store i64 %54, i64* %52, align 8, !dbg !53
  br label %rec.done, !dbg !53

rec.fill2:                                        ; preds = %rec.done
  %55 = bitcast i8* %51 to i64*, !dbg !54
  store i64 4294967297, i64* %55, align 8, !dbg !54
  %56 = getelementptr i8, i8* %51, i64 8, !dbg !54
  %57 = bitcast i8* %56 to i64*, !dbg !54
  store i64 184, i64* %57, align 8, !dbg !54
  %58 = getelementptr i8, i8* %51, i64 16, !dbg !54
  %59 = bitcast i8* %58 to i64*, !dbg !54
  store i64 152, i64* %59, align 8, !dbg !54
  %60 = getelementptr i8, i8* %51, i64 24, !dbg !54
  %61 = bitcast i8* %60 to i64*, !dbg !54
  store i64 16, i64* %61, align 8, !dbg !54
  %62 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !54
  %63 = icmp ugt i64 %62, 65536, !dbg !54
  %64 = select i1 %63, i64 2, i64 1, !dbg !54
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %51, i64 %64) #1, !dbg !54
  br label %rec.done4, !dbg !54

rec.lost3:                                        ; preds = %rec.done
  %65 = bitcast i32* %zero to i8*, !dbg !54
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %65) #1, !dbg !54
  %.not9 = icmp eq i8* %66, null, !dbg !54
  br i1 %.not9, label %rec.done4, label %stat.inc5, !dbg !54

rec.done4:                                        ; preds = %rec.lost3, %stat.inc5, %rec.fill2
  ret i32 0, !dbg !52

stat.inc5:                                        ; preds = %rec.lost3
  %67 = bitcast i8* %66 to i64*, !dbg !54
  %68 = load i64, i64* %67, align 8, !dbg !54
  %69 = add i64 %68, 1, !dbg !54
  store i64 %69, i64* %67, align 8, !dbg !54
  br label %rec.done4, !dbg !54
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4

; Function Attrs: nounwind
define i32 @tp0_pe_inet_sock_set_state(i8* %ctx) #1 section "tracepoint" !dbg !55 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !58
  %tmp = alloca [1 x i64], align 8, !dbg !58
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !57, metadata !DIExpression()), !dbg !58
  %zero = alloca i32, align 4, !dbg !59
  store i32 0, i32* %zero, align 4, !dbg !59
  %0 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !60
  %1 = inttoptr i64 %0 to i8*, !dbg !60
  %2 = bitcast [1 x i64]* %tmp to i8*, !dbg !60
  %3 = load i32, i32* @"llvm.task_struct:0:64$0:0", align 4
  %4 = call i32 @llvm.bpf.passthrough.i32.i32(i32 8, i32 %3)
  %5 = load i32, i32* @"llvm.task_struct:1:8$0:0", align 4
  %6 = call i32 @llvm.bpf.passthrough.i32.i32(i32 9, i32 %5)
  %7 = load i32, i32* @"llvm.task_struct:4:60$0:0", align 4
  %8 = load i32, i32* @"llvm.task_struct:5:63$0:0", align 4
  %9 = zext i32 %4 to i64, !dbg !60
  %10 = getelementptr i8, i8* %1, i64 %9, !dbg !60
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !60
  store i64 0, i64* %11, align 8, !dbg !60
  %12 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 %6, i8* %10) #1, !dbg !60
  %13 = load i64, i64* %11, align 8, !dbg !60
  %14 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !60
  %15 = inttoptr i64 %14 to i8*, !dbg !60
  %16 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !60
  %17 = load i32, i32* @"llvm.task_struct:0:64$0:1", align 4
  %18 = call i32 @llvm.bpf.passthrough.i32.i32(i32 12, i32 %17)
  %19 = load i32, i32* @"llvm.task_struct:1:8$0:1", align 4
  %20 = call i32 @llvm.bpf.passthrough.i32.i32(i32 13, i32 %19)
  %21 = load i32, i32* @"llvm.task_struct:4:55$0:1", align 4
  %22 = load i32, i32* @"llvm.task_struct:5:59$0:1", align 4
  %23 = zext i32 %18 to i64, !dbg !60
  %24 = getelementptr i8, i8* %15, i64 %23, !dbg !60
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !60
  store i64 0, i64* %25, align 8, !dbg !60
  %26 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %16, i32 %20, i8* %24) #1, !dbg !60
  %27 = load i64, i64* %25, align 8, !dbg !60
  %28 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !60
  %.not = icmp eq i8* %28, null, !dbg !60
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !60

rec.fill:                                         ; preds = %entry
  %29 = call i32 @llvm.bpf.passthrough.i32.i32(i32 14, i32 %21)
  %30 = zext i32 %29 to i64, !dbg !60
  %31 = shl i64 %27, %30, !dbg !60
  %32 = call i32 @llvm.bpf.passthrough.i32.i32(i32 15, i32 %22)
  %33 = zext i32 %32 to i64, !dbg !60
  %34 = ashr i64 %31, %33, !dbg !60
  %35 = call i32 @llvm.bpf.passthrough.i32.i32(i32 10, i32 %7)
  %36 = zext i32 %35 to i64, !dbg !60
  %37 = shl i64 %13, %36, !dbg !60
  %38 = call i32 @llvm.bpf.passthrough.i32.i32(i32 11, i32 %8)
  %39 = zext i32 %38 to i64, !dbg !60
  %40 = lshr i64 %37, %39, !dbg !60
  %41 = bitcast i8* %28 to i64*, !dbg !60
  store i64 1, i64* %41, align 8, !dbg !60
  %42 = getelementptr i8, i8* %28, i64 8, !dbg !60
  %43 = bitcast i8* %42 to i64*, !dbg !60
  store i64 %40, i64* %43, align 8, !dbg !60
  %44 = getelementptr i8, i8* %28, i64 16, !dbg !60
  %45 = bitcast i8* %44 to i64*, !dbg !60
  store i64 %34, i64* %45, align 8, !dbg !60
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !60
  %47 = icmp ugt i64 %46, 65536, !dbg !60
  %48 = select i1 %47, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %28, i64 %48) #1, !dbg !60
  br label %rec.done, !dbg !60

rec.lost:                                         ; preds = %entry
  %49 = bitcast i32* %zero to i8*, !dbg !60
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #1, !dbg !60
  %.not7 = icmp eq i8* %50, null, !dbg !60
  br i1 %.not7, label %rec.done, label %stat.inc, !dbg !60

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %51 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !61
  %.not8 = icmp eq i8* %51, null, !dbg !61
  br i1 %.not8, label %rec.lost3, label %rec.fill2, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %52 = bitcast i8* %50 to i64*, !dbg !60
  %53 = load i64, i64* %52, align 8, !dbg !60
  %54 = add i64 %53, 1, !dbg !60
  store i64 %54, i64* %52, align 8, !dbg !60
  br label %rec.done, !dbg !60

rec.fill2:                                        ; preds = %rec.done
  %55 = bitcast i8* %51 to i64*, !dbg !61
  store i64 4294967297, i64* %55, align 8, !dbg !61
  %56 = getelementptr i8, i8* %51, i64 8, !dbg !61
  %57 = bitcast i8* %56 to i64*, !dbg !61
  store i64 184, i64* %57, align 8, !dbg !61
  %58 = getelementptr i8, i8* %51, i64 16, !dbg !61
  %59 = bitcast i8* %58 to i64*, !dbg !61
  store i64 152, i64* %59, align 8, !dbg !61
  %60 = getelementptr i8, i8* %51, i64 24, !dbg !61
  %61 = bitcast i8* %60 to i64*, !dbg !61
  store i64 16, i64* %61, align 8, !dbg !61
  %62 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !61
  %63 = icmp ugt i64 %62, 65536, !dbg !61
  %64 = select i1 %63, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %51, i64 %64) #1, !dbg !61
  br label %rec.done4, !dbg !61

rec.lost3:                                        ; preds = %rec.done
  %65 = bitcast i32* %zero to i8*, !dbg !61
  %66 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %65) #1, !dbg !61
  %.not9 = icmp eq i8* %66, null, !dbg !61
  br i1 %.not9, label %rec.done4, label %stat.inc5, !dbg !61

rec.done4:                                        ; preds = %rec.lost3, %stat.inc5, %rec.fill2
  ret i32 0, !dbg !59

stat.inc5:                                        ; preds = %rec.lost3
  %67 = bitcast i8* %66 to i64*, !dbg !61
  %68 = load i64, i64* %67, align 8, !dbg !61
  %69 = add i64 %68, 1, !dbg !61
  store i64 %69, i64* %67, align 8, !dbg !61
  br label %rec.done4, !dbg !61
}

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!43, !44}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_bitfield_sizeof.tp", directory: ".")
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
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !3, file: !3, size: 1472, elements: !39)
!39 = !{!40, !42}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "in_execve", scope: !3, file: !3, baseType: !41, size: 1, offset: 515, flags: DIFlagBitField, extraData: i64 512)
!41 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "pdeath_signal", scope: !3, file: !3, baseType: !12, size: 5, offset: 516, flags: DIFlagBitField, extraData: i64 512)
!43 = !{i32 2, !"Debug Info Version", i32 3}
!44 = !{i32 2, !"Dwarf Version", i32 4}
!45 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 3, type: !46, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !49)
!46 = !DISubroutineType(types: !47)
!47 = !{!12, !48}
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !{!50}
!50 = !DILocalVariable(name: "ctx", arg: 1, scope: !45, file: !3, line: 3, type: !48)
!51 = !DILocation(line: 3, scope: !45)
!52 = !DILocation(line: 3, column: 1, scope: !45)
!53 = !DILocation(line: 4, column: 2, scope: !45)
!54 = !DILocation(line: 5, column: 2, scope: !45)
!55 = distinct !DISubprogram(name: "tp0_pe_inet_sock_set_state", linkageName: "tp0_pe_inet_sock_set_state", scope: !3, file: !3, line: 3, type: !46, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !56)
!56 = !{!57}
!57 = !DILocalVariable(name: "ctx", arg: 1, scope: !55, file: !3, line: 3, type: !48)
!58 = !DILocation(line: 3, scope: !55)
!59 = !DILocation(line: 3, column: 1, scope: !55)
!60 = !DILocation(line: 4, column: 2, scope: !55)
!61 = !DILocation(line: 5, column: 2, scope: !55)
