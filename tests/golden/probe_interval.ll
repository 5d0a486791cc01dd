; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_hz = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_ms = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !36
@m_us = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !38
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !40

; Function Attrs: nounwind
define i32 @interval0(i8* %ctx) #0 section "perf_event" !dbg !61 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !67
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !66, metadata !DIExpression()), !dbg !67
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !68
  %1 = bitcast [1 x i64]* %tmp to i32*, !dbg !68
  store i32 0, i32* %1, align 8, !dbg !68
  %2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %0) #0, !dbg !68
  %.not = icmp eq i8* %2, null, !dbg !68
  br i1 %.not, label %agg.done, label %agg.have, !dbg !68

agg.done:                                         ; preds = %agg.have, %entry
  ret i32 0, !dbg !69

agg.have:                                         ; preds = %entry
  %3 = bitcast i8* %2 to i64*, !dbg !68
  %4 = load i64, i64* %3, align 8, !dbg !68
  %5 = add i64 %4, 1, !dbg !68
  store i64 %5, i64* %3, align 8, !dbg !68
  br label %agg.done, !dbg !68
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @interval1(i8* %ctx) #0 section "perf_event" !dbg !70 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !73
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !72, metadata !DIExpression()), !dbg !73
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !74
  %1 = bitcast [1 x i64]* %tmp to i32*, !dbg !74
  store i32 0, i32* %1, align 8, !dbg !74
  %2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ms to i8*), i8* nonnull %0) #0, !dbg !74
  %.not = icmp eq i8* %2, null, !dbg !74
  br i1 %.not, label %agg.done, label %agg.have, !dbg !74

agg.done:                                         ; preds = %agg.have, %entry
  ret i32 0, !dbg !75

agg.have:                                         ; preds = %entry
  %3 = bitcast i8* %2 to i64*, !dbg !74
  %4 = load i64, i64* %3, align 8, !dbg !74
  %5 = add i64 %4, 1, !dbg !74
  store i64 %5, i64* %3, align 8, !dbg !74
  br label %agg.done, !dbg !74
}

; Function Attrs: nounwind
define i32 @interval2(i8* %ctx) #0 section "perf_event" !dbg !76 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !79
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !80
  %1 = bitcast [1 x i64]* %tmp to i32*, !dbg !80
  store i32 0, i32* %1, align 8, !dbg !80
  %2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_us to i8*), i8* nonnull %0) #0, !dbg !80
  %.not = icmp eq i8* %2, null, !dbg !80
  br i1 %.not, label %agg.done, label %agg.have, !dbg !80

agg.done:                                         ; preds = %agg.have, %entry
  ret i32 0, !dbg !81

agg.have:                                         ; preds = %entry
  %3 = bitcast i8* %2 to i64*, !dbg !80
  %4 = load i64, i64* %3, align 8, !dbg !80
  %5 = add i64 %4, 1, !dbg !80
  store i64 %5, i64* %3, align 8, !dbg !80
  br label %agg.done, !dbg !80
}

; Function Attrs: nounwind
define i32 @interval3(i8* %ctx) #0 section "perf_event" !dbg !82 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !85
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !86
  %1 = bitcast [1 x i64]* %tmp to i32*, !dbg !86
  store i32 0, i32* %1, align 8, !dbg !86
  %2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_hz to i8*), i8* nonnull %0) #0, !dbg !86
  %.not = icmp eq i8* %2, null, !dbg !86
  br i1 %.not, label %agg.done, label %agg.have, !dbg !86

agg.done:                                         ; preds = %agg.have, %entry
  ret i32 0, !dbg !87

agg.have:                                         ; preds = %entry
  %3 = bitcast i8* %2 to i64*, !dbg !86
  %4 = load i64, i64* %3, align 8, !dbg !86
  %5 = add i64 %4, 1, !dbg !86
  store i64 %5, i64* %3, align 8, !dbg !86
  br label %agg.done, !dbg !86
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!59, !60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !47, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_interval.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !36, !38, !40}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 320, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 5, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_hz", linkageName: "m_hz", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_ms", linkageName: "m_ms", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(name: "m_us", linkageName: "m_us", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!40 = !DIGlobalVariableExpression(var: !41, expr: !DIExpression())
!41 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !42, isLocal: false, isDefinition: true, align: 64)
!42 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !43)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 384, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 48, lowerBound: 0)
!47 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !48)
!48 = !{!49, !54}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !50, size: 64, align: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 27, lowerBound: 0)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !55, size: 64, align: 64, offset: 64)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 262144, lowerBound: 0)
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 2, !"Dwarf Version", i32 4}
!61 = distinct !DISubprogram(name: "interval0", linkageName: "interval0", scope: !3, file: !3, line: 2, type: !62, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!62 = !DISubroutineType(types: !63)
!63 = !{!12, !64}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !{!66}
!66 = !DILocalVariable(name: "ctx", arg: 1, scope: !61, file: !3, line: 2, type: !64)
!67 = !DILocation(line: 2, scope: !61)
!68 = !DILocation(line: 2, column: 16, scope: !61)
!69 = !DILocation(line: 2, column: 1, scope: !61)
!70 = distinct !DISubprogram(name: "interval1", linkageName: "interval1", scope: !3, file: !3, line: 3, type: !62, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !71)
!71 = !{!72}
!72 = !DILocalVariable(name: "ctx", arg: 1, scope: !70, file: !3, line: 3, type: !64)
!73 = !DILocation(line: 3, scope: !70)
!74 = !DILocation(line: 3, column: 19, scope: !70)
!75 = !DILocation(line: 3, column: 1, scope: !70)
!76 = distinct !DISubprogram(name: "interval2", linkageName: "interval2", scope: !3, file: !3, line: 4, type: !62, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !76, file: !3, line: 4, type: !64)
!79 = !DILocation(line: 4, scope: !76)
!80 = !DILocation(line: 4, column: 22, scope: !76)
!81 = !DILocation(line: 4, column: 1, scope: !76)
!82 = distinct !DISubprogram(name: "interval3", linkageName: "interval3", scope: !3, file: !3, line: 5, type: !62, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !82, file: !3, line: 5, type: !64)
!85 = !DILocation(line: 5, scope: !82)
!86 = !DILocation(line: 5, column: 17, scope: !82)
!87 = !DILocation(line: 5, column: 1, scope: !82)
