; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sched_process_exit(i8* %ctx) #0 section "tracepoint/sched/sched_process_exit" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 32, !dbg !48
  %1 = load i8, i8* %0, align 1, !dbg !48
  %2 = getelementptr i8, i8* %ctx, i64 28, !dbg !48
  %3 = bitcast i8* %2 to i32*, !dbg !48
  %4 = load i32, i32* %3, align 4, !dbg !48
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %5, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %6 = sext i32 %4 to i64, !dbg !48
  %7 = zext i8 %1 to i64, !dbg !48
  %8 = bitcast i8* %5 to i64*, !dbg !48
  store i64 1, i64* %8, align 8, !dbg !48
  %9 = getelementptr i8, i8* %5, i64 8, !dbg !48
  %10 = bitcast i8* %9 to i64*, !dbg !48
  store i64 %7, i64* %10, align 8, !dbg !48
  %11 = getelementptr i8, i8* %5, i64 16, !dbg !48
  %12 = bitcast i8* %11 to i64*, !dbg !48
  store i64 %6, i64* %12, align 8, !dbg !48
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %14 = icmp ugt i64 %13, 65536, !dbg !48
  %15 = select i1 %14, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %15) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %16 = bitcast i32* %zero to i8*, !dbg !48
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !48
  %.not1 = icmp eq i8* %17, null, !dbg !48
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !48
  %19 = load i64, i64* %18, align 8, !dbg !48
  %20 = add i64 %19, 1, !dbg !48
  store i64 %20, i64* %18, align 8, !dbg !48
  br label %rec.done, !dbg !48
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !49 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !51, metadata !DIExpression()), !dbg !52
  %zero = alloca i32, align 4, !dbg !53
  store i32 0, i32* %zero, align 4, !dbg !53
  %0 = getelementptr i8, i8* %ctx, i64 20, !dbg !54
  %1 = load i8, i8* %0, align 1, !dbg !54
  %.not = icmp eq i8 %1, 0, !dbg !54
  br i1 %.not, label %return, label %pred.true, !dbg !54

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !53

pred.true:                                        ; preds = %entry
  %2 = getelementptr i8, i8* %ctx, i64 36, !dbg !55
  %3 = bitcast i8* %2 to i32*, !dbg !55
  %4 = load i32, i32* %3, align 4, !dbg !55
  %5 = getelementptr i8, i8* %ctx, i64 12, !dbg !55
  %6 = bitcast i8* %5 to i32*, !dbg !55
  %7 = load i32, i32* %6, align 4, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 40, !dbg !55
  %9 = bitcast i8* %8 to i64*, !dbg !55
  %10 = load i64, i64* %9, align 8, !dbg !55
  %11 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !55
  %.not1 = icmp eq i8* %11, null, !dbg !55
  br i1 %.not1, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pred.true
  %12 = sext i32 %7 to i64, !dbg !55
  %13 = zext i32 %4 to i64, !dbg !55
  %14 = bitcast i8* %11 to i64*, !dbg !55
  store i64 4294967297, i64* %14, align 8, !dbg !55
  %15 = getelementptr i8, i8* %11, i64 8, !dbg !55
  %16 = bitcast i8* %15 to i64*, !dbg !55
  store i64 %13, i64* %16, align 8, !dbg !55
  %17 = getelementptr i8, i8* %11, i64 16, !dbg !55
  %18 = bitcast i8* %17 to i64*, !dbg !55
  store i64 %12, i64* %18, align 8, !dbg !55
  %19 = getelementptr i8, i8* %11, i64 24, !dbg !55
  %20 = bitcast i8* %19 to i64*, !dbg !55
  store i64 %10, i64* %20, align 8, !dbg !55
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %22 = icmp ugt i64 %21, 65536, !dbg !55
  %23 = select i1 %22, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %11, i64 %23) #0, !dbg !55
  br label %return, !dbg !55

rec.lost:                                         ; preds = %pred.true
  %24 = bitcast i32* %zero to i8*, !dbg !55
  %25 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %24) #0, !dbg !55
  %.not2 = icmp eq i8* %25, null, !dbg !55
  br i1 %.not2, label %return, label %stat.inc, !dbg !55

stat.inc:                                         ; preds = %rec.lost
  %26 = bitcast i8* %25 to i64*, !dbg !55
  %27 = load i64, i64* %26, align 8, !dbg !55
  %28 = add i64 %27, 1, !dbg !55
  store i64 %28, i64* %26, align 8, !dbg !55
  br label %return, !dbg !55
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !56 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !61
  %1 = load i8, i8* %0, align 1, !dbg !61
  %2 = getelementptr i8, i8* %ctx, i64 17, !dbg !61
  %3 = load i8, i8* %2, align 1, !dbg !61
  %4 = getelementptr i8, i8* %ctx, i64 48, !dbg !61
  %5 = bitcast i8* %4 to i32*, !dbg !61
  %6 = load i32, i32* %5, align 4, !dbg !61
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !61
  %.not = icmp eq i8* %7, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %entry
  %8 = sext i32 %6 to i64, !dbg !61
  %9 = zext i8 %3 to i64, !dbg !61
  %10 = zext i8 %1 to i64, !dbg !61
  %11 = bitcast i8* %7 to i64*, !dbg !61
  store i64 8589934593, i64* %11, align 8, !dbg !61
  %12 = getelementptr i8, i8* %7, i64 8, !dbg !61
  %13 = bitcast i8* %12 to i64*, !dbg !61
  store i64 %10, i64* %13, align 8, !dbg !61
  %14 = getelementptr i8, i8* %7, i64 16, !dbg !61
  %15 = bitcast i8* %14 to i64*, !dbg !61
  store i64 %9, i64* %15, align 8, !dbg !61
  %16 = getelementptr i8, i8* %7, i64 24, !dbg !61
  %17 = bitcast i8* %16 to i64*, !dbg !61
  store i64 %8, i64* %17, align 8, !dbg !61
  %18 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %19 = icmp ugt i64 %18, 65536, !dbg !61
  %20 = select i1 %19, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %20) #0, !dbg !61
  br label %rec.done, !dbg !61

rec.lost:                                         ; preds = %entry
  %21 = bitcast i32* %zero to i8*, !dbg !61
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !61
  %.not1 = icmp eq i8* %22, null, !dbg !61
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !61

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !60

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %22 to i64*, !dbg !61
  %24 = load i64, i64* %23, align 8, !dbg !61
  %25 = add i64 %24, 1, !dbg !61
  store i64 %25, i64* %23, align 8, !dbg !61
  br label %rec.done, !dbg !61
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_bool_enum.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sched_process_exit", linkageName: "tp0_sched_process_exit", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = distinct !DISubprogram(name: "tp1_dma_map_sg", linkageName: "tp1_dma_map_sg", scope: !3, file: !3, line: 5, type: !41, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !50)
!50 = !{!51}
!51 = !DILocalVariable(name: "ctx", arg: 1, scope: !49, file: !3, line: 5, type: !43)
!52 = !DILocation(line: 5, scope: !49)
!53 = !DILocation(line: 5, column: 1, scope: !49)
!54 = !DILocation(line: 5, column: 28, scope: !49)
!55 = !DILocation(line: 6, column: 2, scope: !49)
!56 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 8, type: !41, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 8, type: !43)
!59 = !DILocation(line: 8, scope: !56)
!60 = !DILocation(line: 8, column: 1, scope: !56)
!61 = !DILocation(line: 9, column: 2, scope: !56)
