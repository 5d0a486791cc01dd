; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %3, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !48
  store i64 1, i64* %4, align 8, !dbg !48
  %5 = getelementptr i8, i8* %3, i64 8, !dbg !48
  %6 = bitcast i8* %5 to i64*, !dbg !48
  store i64 %2, i64* %6, align 8, !dbg !48
  %7 = getelementptr i8, i8* %3, i64 16, !dbg !48
  %8 = load i64, i64* %1, align 8, !dbg !48
  %9 = inttoptr i64 %8 to i8*, !dbg !48
  %10 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %7, i32 65, i8* %9) #0, !dbg !48
  %11 = getelementptr i8, i8* %3, i64 88, !dbg !48
  %12 = load i64, i64* %1, align 8, !dbg !48
  %13 = inttoptr i64 %12 to i8*, !dbg !48
  %14 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %11, i32 9, i8* %13) #0, !dbg !48
  %15 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %16 = icmp ugt i64 %15, 65536, !dbg !48
  %17 = select i1 %16, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %17) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %18 = bitcast i32* %zero to i8*, !dbg !48
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !48
  %.not1 = icmp eq i8* %19, null, !dbg !48
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %19 to i64*, !dbg !48
  %21 = load i64, i64* %20, align 8, !dbg !48
  %22 = add i64 %21, 1, !dbg !48
  store i64 %22, i64* %20, align 8, !dbg !48
  br label %rec.done, !dbg !48
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !49 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !51, metadata !DIExpression()), !dbg !52
  %zero = alloca i32, align 4, !dbg !53
  store i32 0, i32* %zero, align 4, !dbg !53
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !54
  %1 = bitcast i8* %0 to i64*, !dbg !54
  %2 = load i64, i64* %1, align 8, !dbg !54
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !54
  %.not = icmp eq i8* %3, null, !dbg !54
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !54

rec.fill:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !54
  store i64 4294967297, i64* %4, align 8, !dbg !54
  %5 = getelementptr i8, i8* %3, i64 8, !dbg !54
  %6 = bitcast i8* %5 to i64*, !dbg !54
  store i64 %2, i64* %6, align 8, !dbg !54
  %7 = getelementptr i8, i8* %3, i64 16, !dbg !54
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !54
  %9 = bitcast i8* %8 to i64*, !dbg !54
  %10 = load i64, i64* %9, align 8, !dbg !54
  %11 = inttoptr i64 %10 to i8*, !dbg !54
  %12 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 65, i8* %11) #0, !dbg !54
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !54
  %14 = icmp ugt i64 %13, 65536, !dbg !54
  %15 = select i1 %14, i64 2, i64 1, !dbg !54
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %15) #0, !dbg !54
  br label %rec.done, !dbg !54

rec.lost:                                         ; preds = %entry
  %16 = bitcast i32* %zero to i8*, !dbg !54
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !54
  %.not1 = icmp eq i8* %17, null, !dbg !54
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !54

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !53

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !54
  %19 = load i64, i64* %18, align 8, !dbg !54
  %20 = add i64 %19, 1, !dbg !54
  store i64 %20, i64* %18, align 8, !dbg !54
  br label %rec.done, !dbg !54
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !55 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !57, metadata !DIExpression()), !dbg !58
  %zero = alloca i32, align 4, !dbg !59
  store i32 0, i32* %zero, align 4, !dbg !59
  %0 = getelementptr i8, i8* %ctx, i64 40, !dbg !60
  %1 = bitcast i8* %0 to i64*, !dbg !60
  %2 = load i64, i64* %1, align 8, !dbg !60
  %3 = getelementptr i8, i8* %ctx, i64 56, !dbg !60
  %4 = bitcast i8* %3 to i64*, !dbg !60
  %5 = load i64, i64* %4, align 8, !dbg !60
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !60
  %.not = icmp eq i8* %6, null, !dbg !60
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !60

rec.fill:                                         ; preds = %entry
  %7 = bitcast i8* %6 to i64*, !dbg !60
  store i64 8589934593, i64* %7, align 8, !dbg !60
  %8 = getelementptr i8, i8* %6, i64 8, !dbg !60
  %9 = bitcast i8* %8 to i64*, !dbg !60
  store i64 %2, i64* %9, align 8, !dbg !60
  %10 = getelementptr i8, i8* %6, i64 16, !dbg !60
  %11 = bitcast i8* %10 to i64*, !dbg !60
  store i64 %5, i64* %11, align 8, !dbg !60
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !60
  %13 = icmp ugt i64 %12, 65536, !dbg !60
  %14 = select i1 %13, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %14) #0, !dbg !60
  br label %rec.done, !dbg !60

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !60
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !60
  %.not1 = icmp eq i8* %16, null, !dbg !60
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !60

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !59

stat.inc:                                         ; preds = %rec.lost
  %17 = bitcast i8* %16 to i64*, !dbg !60
  %18 = load i64, i64* %17, align 8, !dbg !60
  %19 = add i64 %18, 1, !dbg !60
  store i64 %19, i64* %17, align 8, !dbg !60
  br label %rec.done, !dbg !60
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_pointers.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !41, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 3, type: !43)
!46 = !DILocation(line: 3, scope: !40)
!47 = !DILocation(line: 3, column: 1, scope: !40)
!48 = !DILocation(line: 4, column: 2, scope: !40)
!49 = distinct !DISubprogram(name: "tp1_ipi_send_cpumask", linkageName: "tp1_ipi_send_cpumask", scope: !3, file: !3, line: 6, type: !41, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !50)
!50 = !{!51}
!51 = !DILocalVariable(name: "ctx", arg: 1, scope: !49, file: !3, line: 6, type: !43)
!52 = !DILocation(line: 6, scope: !49)
!53 = !DILocation(line: 6, column: 1, scope: !49)
!54 = !DILocation(line: 7, column: 2, scope: !49)
!55 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 9, type: !41, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !56)
!56 = !{!57}
!57 = !DILocalVariable(name: "ctx", arg: 1, scope: !55, file: !3, line: 9, type: !43)
!58 = !DILocation(line: 9, scope: !55)
!59 = !DILocation(line: 9, column: 1, scope: !55)
!60 = !DILocation(line: 10, column: 2, scope: !55)
