; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sched_process_exit(i8* %ctx) #0 section "tracepoint/sched/sched_process_exit" !dbg !47 {
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
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !55
  %6 = load i8, i8* %5, align 1, !dbg !55
  %7 = getelementptr i8, i8* %ctx, i64 28, !dbg !55
  %8 = bitcast i8* %7 to i32*, !dbg !55
  %9 = load i32, i32* %8, align 4, !dbg !55
  %10 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %10, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %11 = sext i32 %9 to i64, !dbg !55
  %12 = zext i8 %6 to i64, !dbg !55
  %13 = bitcast i8* %10 to i64*, !dbg !55
  store i64 1, i64* %13, align 8, !dbg !55
  %14 = getelementptr i8, i8* %10, i64 8, !dbg !55
  %15 = bitcast i8* %14 to i64*, !dbg !55
  store i64 %12, i64* %15, align 8, !dbg !55
  %16 = getelementptr i8, i8* %10, i64 16, !dbg !55
  %17 = bitcast i8* %16 to i64*, !dbg !55
  store i64 %11, i64* %17, align 8, !dbg !55
  %18 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %19 = icmp ugt i64 %18, 65536, !dbg !55
  %20 = select i1 %19, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %10, i64 %20) #0, !dbg !55
  br label %return, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %21 = bitcast i32* %zero to i8*, !dbg !55
  %22 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %21) #0, !dbg !55
  %.not1 = icmp eq i8* %22, null, !dbg !55
  br i1 %.not1, label %return, label %stat.inc, !dbg !55

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %22 to i64*, !dbg !55
  %24 = load i64, i64* %23, align 8, !dbg !55
  %25 = add i64 %24, 1, !dbg !55
  store i64 %25, i64* %23, align 8, !dbg !55
  br label %return, !dbg !55
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_dma_map_sg(i8* %ctx) #0 section "tracepoint/dma/dma_map_sg" !dbg !56 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !60
  %1 = icmp eq i64 %0, 0, !dbg !60
  br i1 %1, label %pid.match, label %pid.filter, !dbg !60

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !60

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !60
  %3 = lshr i64 %2, 32, !dbg !60
  %4 = icmp eq i64 %3, %0, !dbg !60
  br i1 %4, label %pid.match, label %return, !dbg !60

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 20, !dbg !61
  %6 = load i8, i8* %5, align 1, !dbg !61
  %.not = icmp eq i8 %6, 0, !dbg !61
  br i1 %.not, label %return, label %pred.true, !dbg !61

pred.true:                                        ; preds = %pid.match
  %7 = getelementptr i8, i8* %ctx, i64 36, !dbg !62
  %8 = bitcast i8* %7 to i32*, !dbg !62
  %9 = load i32, i32* %8, align 4, !dbg !62
  %10 = getelementptr i8, i8* %ctx, i64 12, !dbg !62
  %11 = bitcast i8* %10 to i32*, !dbg !62
  %12 = load i32, i32* %11, align 4, !dbg !62
  %13 = getelementptr i8, i8* %ctx, i64 40, !dbg !62
  %14 = bitcast i8* %13 to i64*, !dbg !62
  %15 = load i64, i64* %14, align 8, !dbg !62
  %16 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !62
  %.not1 = icmp eq i8* %16, null, !dbg !62
  br i1 %.not1, label %rec.lost, label %rec.fill, !dbg !62

rec.fill:                                         ; preds = %pred.true
  %17 = sext i32 %12 to i64, !dbg !62
  %18 = zext i32 %9 to i64, !dbg !62
  %19 = bitcast i8* %16 to i64*, !dbg !62
  store i64 4294967297, i64* %19, align 8, !dbg !62
  %20 = getelementptr i8, i8* %16, i64 8, !dbg !62
  %21 = bitcast i8* %20 to i64*, !dbg !62
  store i64 %18, i64* %21, align 8, !dbg !62
  %22 = getelementptr i8, i8* %16, i64 16, !dbg !62
  %23 = bitcast i8* %22 to i64*, !dbg !62
  store i64 %17, i64* %23, align 8, !dbg !62
  %24 = getelementptr i8, i8* %16, i64 24, !dbg !62
  %25 = bitcast i8* %24 to i64*, !dbg !62
  store i64 %15, i64* %25, align 8, !dbg !62
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !62
  %27 = icmp ugt i64 %26, 65536, !dbg !62
  %28 = select i1 %27, i64 2, i64 1, !dbg !62
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %16, i64 %28) #0, !dbg !62
  br label %return, !dbg !62

rec.lost:                                         ; preds = %pred.true
  %29 = bitcast i32* %zero to i8*, !dbg !62
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %29) #0, !dbg !62
  %.not2 = icmp eq i8* %30, null, !dbg !62
  br i1 %.not2, label %return, label %stat.inc, !dbg !62

stat.inc:                                         ; preds = %rec.lost
  %31 = bitcast i8* %30 to i64*, !dbg !62
  %32 = load i64, i64* %31, align 8, !dbg !62
  %33 = add i64 %32, 1, !dbg !62
  store i64 %33, i64* %31, align 8, !dbg !62
  br label %return, !dbg !62
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !63 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !65, metadata !DIExpression()), !dbg !66
  %zero = alloca i32, align 4, !dbg !67
  store i32 0, i32* %zero, align 4, !dbg !67
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !67
  %1 = icmp eq i64 %0, 0, !dbg !67
  br i1 %1, label %pid.match, label %pid.filter, !dbg !67

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !67

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !67
  %3 = lshr i64 %2, 32, !dbg !67
  %4 = icmp eq i64 %3, %0, !dbg !67
  br i1 %4, label %pid.match, label %return, !dbg !67

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !68
  %6 = load i8, i8* %5, align 1, !dbg !68
  %7 = getelementptr i8, i8* %ctx, i64 17, !dbg !68
  %8 = load i8, i8* %7, align 1, !dbg !68
  %9 = getelementptr i8, i8* %ctx, i64 48, !dbg !68
  %10 = bitcast i8* %9 to i32*, !dbg !68
  %11 = load i32, i32* %10, align 4, !dbg !68
  %12 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !68
  %.not = icmp eq i8* %12, null, !dbg !68
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !68

rec.fill:                                         ; preds = %pid.match
  %13 = sext i32 %11 to i64, !dbg !68
  %14 = zext i8 %8 to i64, !dbg !68
  %15 = zext i8 %6 to i64, !dbg !68
  %16 = bitcast i8* %12 to i64*, !dbg !68
  store i64 8589934593, i64* %16, align 8, !dbg !68
  %17 = getelementptr i8, i8* %12, i64 8, !dbg !68
  %18 = bitcast i8* %17 to i64*, !dbg !68
  store i64 %15, i64* %18, align 8, !dbg !68
  %19 = getelementptr i8, i8* %12, i64 16, !dbg !68
  %20 = bitcast i8* %19 to i64*, !dbg !68
  store i64 %14, i64* %20, align 8, !dbg !68
  %21 = getelementptr i8, i8* %12, i64 24, !dbg !68
  %22 = bitcast i8* %21 to i64*, !dbg !68
  store i64 %13, i64* %22, align 8, !dbg !68
  %23 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !68
  %24 = icmp ugt i64 %23, 65536, !dbg !68
  %25 = select i1 %24, i64 2, i64 1, !dbg !68
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %12, i64 %25) #0, !dbg !68
  br label %return, !dbg !68

rec.lost:                                         ; preds = %pid.match
  %26 = bitcast i32* %zero to i8*, !dbg !68
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !68
  %.not1 = icmp eq i8* %27, null, !dbg !68
  br i1 %.not1, label %return, label %stat.inc, !dbg !68

stat.inc:                                         ; preds = %rec.lost
  %28 = bitcast i8* %27 to i64*, !dbg !68
  %29 = load i64, i64* %28, align 8, !dbg !68
  %30 = add i64 %29, 1, !dbg !68
  store i64 %30, i64* %28, align 8, !dbg !68
  br label %return, !dbg !68
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_bool_enum.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sched_process_exit", linkageName: "tp0_sched_process_exit", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = distinct !DISubprogram(name: "tp1_dma_map_sg", linkageName: "tp1_dma_map_sg", scope: !3, file: !3, line: 5, type: !48, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 5, type: !50)
!59 = !DILocation(line: 5, scope: !56)
!60 = !DILocation(line: 5, column: 1, scope: !56)
!61 = !DILocation(line: 5, column: 28, scope: !56)
!62 = !DILocation(line: 6, column: 2, scope: !56)
!63 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 8, type: !48, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !64)
!64 = !{!65}
!65 = !DILocalVariable(name: "ctx", arg: 1, scope: !63, file: !3, line: 8, type: !50)
!66 = !DILocation(line: 8, scope: !63)
!67 = !DILocation(line: 8, column: 1, scope: !63)
!68 = !DILocation(line: 9, column: 2, scope: !63)
