; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_ms = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !48
@m_s = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !52
@m_us = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !54
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !56
@tp_stacks = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !63

; Function Attrs: nounwind
define i32 @profile0(i8* %ctx) #0 section "perf_event" !dbg !91 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !97
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !96, metadata !DIExpression()), !dbg !97
  %zero = alloca i32, align 4, !dbg !98
  store i32 0, i32* %zero, align 4, !dbg !98
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !98
  %1 = icmp eq i64 %0, 0, !dbg !98
  br i1 %1, label %pid.match, label %pid.filter, !dbg !98

return:                                           ; preds = %agg.full, %stat.inc, %agg.have, %pid.filter
  ret i32 0, !dbg !98

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !98
  %3 = lshr i64 %2, 32, !dbg !98
  %4 = icmp eq i64 %3, %0, !dbg !98
  br i1 %4, label %pid.match, label %return, !dbg !98

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [2 x i64]* %tmp to i8*, !dbg !99
  %6 = call i32 inttoptr (i64 8 to i32 ()*)() #0, !dbg !99
  %cpu = zext i32 %6 to i64, !dbg !99
  %7 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !99
  store i64 %cpu, i64* %7, align 8, !dbg !99
  %8 = call i64 inttoptr (i64 27 to i64 (i8*, i8*, i64)*)(i8* %ctx, i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stacks to i8*), i64 0) #0, !dbg !99
  %9 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !99
  store i64 %8, i64* %9, align 8, !dbg !99
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !99
  %.not = icmp eq i8* %10, null, !dbg !99
  br i1 %.not, label %agg.init, label %agg.have, !dbg !99

agg.have:                                         ; preds = %agg.init, %pid.match
  %agg = phi i8* [ %10, %pid.match ], [ %15, %agg.init ], !dbg !99
  %11 = bitcast i8* %agg to i64*, !dbg !99
  %12 = load i64, i64* %11, align 8, !dbg !99
  %13 = add i64 %12, 1, !dbg !99
  store i64 %13, i64* %11, align 8, !dbg !99
  br label %return, !dbg !99

agg.init:                                         ; preds = %pid.match
  %14 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !99
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %5) #0, !dbg !99
  %.not1 = icmp eq i8* %15, null, !dbg !99
  br i1 %.not1, label %agg.full, label %agg.have, !dbg !99

agg.full:                                         ; preds = %agg.init
  %16 = bitcast i32* %zero to i8*, !dbg !99
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !99
  %.not2 = icmp eq i8* %17, null, !dbg !99
  br i1 %.not2, label %return, label %stat.inc, !dbg !99

stat.inc:                                         ; preds = %agg.full
  %18 = getelementptr i8, i8* %17, i64 8, !dbg !99
  %19 = bitcast i8* %18 to i64*, !dbg !99
  %20 = load i64, i64* %19, align 8, !dbg !99
  %21 = add i64 %20, 1, !dbg !99
  store i64 %21, i64* %19, align 8, !dbg !99
  br label %return, !dbg !99
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @profile1(i8* %ctx) #0 section "perf_event" !dbg !100 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !103
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !102, metadata !DIExpression()), !dbg !103
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !104
  %1 = icmp eq i64 %0, 0, !dbg !104
  br i1 %1, label %pid.match, label %pid.filter, !dbg !104

return:                                           ; preds = %pid.match, %agg.have, %pid.filter
  ret i32 0, !dbg !104

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !104
  %3 = lshr i64 %2, 32, !dbg !104
  %4 = icmp eq i64 %3, %0, !dbg !104
  br i1 %4, label %pid.match, label %return, !dbg !104

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !105
  %6 = bitcast [1 x i64]* %tmp to i32*, !dbg !105
  store i32 0, i32* %6, align 8, !dbg !105
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ms to i8*), i8* nonnull %5) #0, !dbg !105
  %.not = icmp eq i8* %7, null, !dbg !105
  br i1 %.not, label %return, label %agg.have, !dbg !105

agg.have:                                         ; preds = %pid.match
  %8 = bitcast i8* %7 to i64*, !dbg !105
  %9 = load i64, i64* %8, align 8, !dbg !105
  %10 = add i64 %9, 1, !dbg !105
  store i64 %10, i64* %8, align 8, !dbg !105
  br label %return, !dbg !105
}

; Function Attrs: nounwind
define i32 @profile2(i8* %ctx) #0 section "perf_event" !dbg !106 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !109
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !108, metadata !DIExpression()), !dbg !109
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !110
  %1 = icmp eq i64 %0, 0, !dbg !110
  br i1 %1, label %pid.match, label %pid.filter, !dbg !110

return:                                           ; preds = %pid.match, %agg.have, %pid.filter
  ret i32 0, !dbg !110

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !110
  %3 = lshr i64 %2, 32, !dbg !110
  %4 = icmp eq i64 %3, %0, !dbg !110
  br i1 %4, label %pid.match, label %return, !dbg !110

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !111
  %6 = bitcast [1 x i64]* %tmp to i32*, !dbg !111
  store i32 0, i32* %6, align 8, !dbg !111
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_us to i8*), i8* nonnull %5) #0, !dbg !111
  %.not = icmp eq i8* %7, null, !dbg !111
  br i1 %.not, label %return, label %agg.have, !dbg !111

agg.have:                                         ; preds = %pid.match
  %8 = bitcast i8* %7 to i64*, !dbg !111
  %9 = load i64, i64* %8, align 8, !dbg !111
  %10 = add i64 %9, 1, !dbg !111
  store i64 %10, i64* %8, align 8, !dbg !111
  br label %return, !dbg !111
}

; Function Attrs: nounwind
define i32 @profile3(i8* %ctx) #0 section "perf_event" !dbg !112 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !115
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !114, metadata !DIExpression()), !dbg !115
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !116
  %1 = icmp eq i64 %0, 0, !dbg !116
  br i1 %1, label %pid.match, label %pid.filter, !dbg !116

return:                                           ; preds = %pid.match, %agg.have, %pid.filter
  ret i32 0, !dbg !116

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !116
  %3 = lshr i64 %2, 32, !dbg !116
  %4 = icmp eq i64 %3, %0, !dbg !116
  br i1 %4, label %pid.match, label %return, !dbg !116

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !117
  %6 = bitcast [1 x i64]* %tmp to i32*, !dbg !117
  store i32 0, i32* %6, align 8, !dbg !117
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_s to i8*), i8* nonnull %5) #0, !dbg !117
  %.not = icmp eq i8* %7, null, !dbg !117
  br i1 %.not, label %return, label %agg.have, !dbg !117

agg.have:                                         ; preds = %pid.match
  %8 = bitcast i8* %7 to i64*, !dbg !117
  %9 = load i64, i64* %8, align 8, !dbg !117
  %10 = add i64 %9, 1, !dbg !117
  store i64 %10, i64* %8, align 8, !dbg !117
  br label %return, !dbg !117
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!89, !90}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_profile.tp", directory: ".")
!4 = !{!0, !5, !28, !48, !52, !54, !56, !63}
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
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !35, !40, !46}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !26)
!35 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !36, size: 64, align: 64, offset: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 4096, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 128)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !43)
!43 = !{!44, !45}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!45 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !25, size: 64, align: 8, offset: 64)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !47, size: 64, align: 64, offset: 192)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DIGlobalVariableExpression(var: !49, expr: !DIExpression())
!49 = distinct !DIGlobalVariable(name: "m_ms", linkageName: "m_ms", scope: !2, file: !3, type: !50, isLocal: false, isDefinition: true, align: 64)
!50 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !51)
!51 = !{!9, !15, !20, !46}
!52 = !DIGlobalVariableExpression(var: !53, expr: !DIExpression())
!53 = distinct !DIGlobalVariable(name: "m_s", linkageName: "m_s", scope: !2, file: !3, type: !50, isLocal: false, isDefinition: true, align: 64)
!54 = !DIGlobalVariableExpression(var: !55, expr: !DIExpression())
!55 = distinct !DIGlobalVariable(name: "m_us", linkageName: "m_us", scope: !2, file: !3, type: !50, isLocal: false, isDefinition: true, align: 64)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !59)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !60, size: 384, align: 8, elements: !61)
!60 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!61 = !{!62}
!62 = !DISubrange(count: 48, lowerBound: 0)
!63 = !DIGlobalVariableExpression(var: !64, expr: !DIExpression())
!64 = distinct !DIGlobalVariable(name: "tp_stacks", linkageName: "tp_stacks", scope: !2, file: !3, type: !65, isLocal: false, isDefinition: true, align: 64)
!65 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !66)
!66 = !{!67, !35, !20, !72}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !68, size: 64, align: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 224, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 7, lowerBound: 0)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !73, size: 64, align: 64, offset: 192)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 8128, align: 64, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 127, lowerBound: 0)
!77 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !78)
!78 = !{!79, !84}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !80, size: 64, align: 64)
!80 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !81, size: 64, align: 64, dwarfAddressSpace: 0)
!81 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !82)
!82 = !{!83}
!83 = !DISubrange(count: 27, lowerBound: 0)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !85, size: 64, align: 64, offset: 64)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !86, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !87)
!87 = !{!88}
!88 = !DISubrange(count: 262144, lowerBound: 0)
!89 = !{i32 2, !"Debug Info Version", i32 3}
!90 = !{i32 2, !"Dwarf Version", i32 4}
!91 = distinct !DISubprogram(name: "profile0", linkageName: "profile0", scope: !3, file: !3, line: 2, type: !92, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!92 = !DISubroutineType(types: !93)
!93 = !{!12, !94}
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !{!96}
!96 = !DILocalVariable(name: "ctx", arg: 1, scope: !91, file: !3, line: 2, type: !94)
!97 = !DILocation(line: 2, scope: !91)
!98 = !DILocation(line: 2, column: 1, scope: !91)
!99 = !DILocation(line: 2, column: 17, scope: !91)
!100 = distinct !DISubprogram(name: "profile1", linkageName: "profile1", scope: !3, file: !3, line: 3, type: !92, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !101)
!101 = !{!102}
!102 = !DILocalVariable(name: "ctx", arg: 1, scope: !100, file: !3, line: 3, type: !94)
!103 = !DILocation(line: 3, scope: !100)
!104 = !DILocation(line: 3, column: 1, scope: !100)
!105 = !DILocation(line: 3, column: 17, scope: !100)
!106 = distinct !DISubprogram(name: "profile2", linkageName: "profile2", scope: !3, file: !3, line: 4, type: !92, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !107)
!107 = !{!108}
!108 = !DILocalVariable(name: "ctx", arg: 1, scope: !106, file: !3, line: 4, type: !94)
!109 = !DILocation(line: 4, scope: !106)
!110 = !DILocation(line: 4, column: 1, scope: !106)
!111 = !DILocation(line: 4, column: 19, scope: !106)
!112 = distinct !DISubprogram(name: "profile3", linkageName: "profile3", scope: !3, file: !3, line: 5, type: !92, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !113)
!113 = !{!114}
!114 = !DILocalVariable(name: "ctx", arg: 1, scope: !112, file: !3, line: 5, type: !94)
!115 = !DILocation(line: 5, scope: !112)
!116 = !DILocation(line: 5, column: 1, scope: !112)
!117 = !DILocation(line: 5, column: 15, scope: !112)
