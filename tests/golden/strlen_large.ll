; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_k = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_v = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !53
@tp_ro = constant [424 x i8] zeroinitializer, section ".rodata", align 8, !dbg !65
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !71

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !94 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !100
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !99, metadata !DIExpression()), !dbg !100
  %zero = alloca i32, align 4, !dbg !101
  store i32 0, i32* %zero, align 4, !dbg !101
  %0 = bitcast i32* %zero to i8*, !dbg !101
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !101
  %.not = icmp eq i8* %1, null, !dbg !101
  br i1 %.not, label %return, label %body, !dbg !101

body:                                             ; preds = %entry
  store i8 0, i8* %1, align 1, !dbg !101
  %2 = getelementptr i8, i8* %ctx, i64 24, !dbg !102
  %3 = bitcast i8* %2 to i64*, !dbg !102
  %4 = load i64, i64* %3, align 8, !dbg !102
  %5 = inttoptr i64 %4 to i8*, !dbg !102
  %6 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 400, i8* %5) #0, !dbg !102
  %7 = getelementptr i8, i8* %1, i64 400, !dbg !103
  %8 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %7, i32 400, i8* nonnull %1) #0, !dbg !103
  %9 = bitcast [1 x i64]* %tmp to i8*, !dbg !103
  %10 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !103
  %tid = and i64 %10, 4294967295, !dbg !103
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !103
  store i64 %tid, i64* %11, align 8, !dbg !103
  %12 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %9, i8* %7, i64 0) #0, !dbg !103
  %13 = icmp slt i64 %12, 0, !dbg !103
  br i1 %13, label %map.full, label %map.stored, !dbg !103

return:                                           ; preds = %rec.lost, %stat.inc6, %map.done, %entry
  ret i32 0, !dbg !101

map.full:                                         ; preds = %body
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !103
  %.not15 = icmp eq i8* %14, null, !dbg !103
  br i1 %.not15, label %map.stored, label %stat.inc, !dbg !103

map.stored:                                       ; preds = %map.full, %stat.inc, %body
  %15 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %7, i32 400, i8* getelementptr inbounds ([424 x i8], [424 x i8]* @tp_ro, i64 0, i64 24)) #0, !dbg !104
  %16 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %7, i32 400, i8* nonnull %1) #0, !dbg !104
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %7) #0, !dbg !104
  %.not9 = icmp eq i8* %17, null, !dbg !104
  br i1 %.not9, label %agg.init, label %agg.have, !dbg !104

stat.inc:                                         ; preds = %map.full
  %18 = getelementptr i8, i8* %14, i64 16, !dbg !103
  %19 = bitcast i8* %18 to i64*, !dbg !103
  %20 = load i64, i64* %19, align 8, !dbg !103
  %21 = add i64 %20, 1, !dbg !103
  store i64 %21, i64* %19, align 8, !dbg !103
  br label %map.stored, !dbg !103

agg.done:                                         ; preds = %agg.full, %stat.inc3, %agg.have
  %22 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %7, i32 400, i8* getelementptr inbounds ([424 x i8], [424 x i8]* @tp_ro, i64 0, i64 24)) #0, !dbg !105
  %23 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %7, i32 400, i8* nonnull %1) #0, !dbg !105
  %24 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %7) #0, !dbg !105
  %25 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 808, i64 0) #0, !dbg !106
  %.not12 = icmp eq i8* %25, null, !dbg !106
  br i1 %.not12, label %rec.lost, label %rec.fill, !dbg !106

agg.have:                                         ; preds = %agg.init, %map.stored
  %agg = phi i8* [ %17, %map.stored ], [ %30, %agg.init ], !dbg !104
  %26 = bitcast i8* %agg to i64*, !dbg !104
  %27 = load i64, i64* %26, align 8, !dbg !104
  %28 = add i64 %27, 1, !dbg !104
  store i64 %28, i64* %26, align 8, !dbg !104
  br label %agg.done, !dbg !104

agg.init:                                         ; preds = %map.stored
  %29 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %7, i8* getelementptr inbounds ([424 x i8], [424 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !104
  %30 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_k to i8*), i8* %7) #0, !dbg !104
  %.not10 = icmp eq i8* %30, null, !dbg !104
  br i1 %.not10, label %agg.full, label %agg.have, !dbg !104

agg.full:                                         ; preds = %agg.init
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !104
  %.not11 = icmp eq i8* %31, null, !dbg !104
  br i1 %.not11, label %agg.done, label %stat.inc3, !dbg !104

stat.inc3:                                        ; preds = %agg.full
  %32 = getelementptr i8, i8* %31, i64 8, !dbg !104
  %33 = bitcast i8* %32 to i64*, !dbg !104
  %34 = load i64, i64* %33, align 8, !dbg !104
  %35 = add i64 %34, 1, !dbg !104
  store i64 %35, i64* %33, align 8, !dbg !104
  br label %agg.done, !dbg !104

rec.fill:                                         ; preds = %agg.done
  %36 = bitcast i8* %25 to i64*, !dbg !106
  store i64 1, i64* %36, align 8, !dbg !106
  %37 = getelementptr i8, i8* %25, i64 8, !dbg !106
  %38 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %37, i32 400, i8* nonnull %1) #0, !dbg !106
  %39 = getelementptr i8, i8* %25, i64 408, !dbg !106
  %40 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !106
  %tid8 = and i64 %40, 4294967295, !dbg !106
  store i64 %tid8, i64* %11, align 8, !dbg !106
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_v to i8*), i8* nonnull %9) #0, !dbg !106
  %.not14 = icmp eq i8* %41, null, !dbg !106
  br i1 %.not14, label %map.none, label %map.read, !dbg !106

rec.lost:                                         ; preds = %agg.done
  %42 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !106
  %.not13 = icmp eq i8* %42, null, !dbg !106
  br i1 %.not13, label %return, label %stat.inc6, !dbg !106

stat.inc6:                                        ; preds = %rec.lost
  %43 = bitcast i8* %42 to i64*, !dbg !106
  %44 = load i64, i64* %43, align 8, !dbg !106
  %45 = add i64 %44, 1, !dbg !106
  store i64 %45, i64* %43, align 8, !dbg !106
  br label %return, !dbg !106

map.read:                                         ; preds = %rec.fill
  %46 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %39, i32 400, i8* nonnull %41) #0, !dbg !106
  br label %map.done, !dbg !106

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %39, align 1, !dbg !106
  br label %map.done, !dbg !106

map.done:                                         ; preds = %map.none, %map.read
  %47 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !106
  %48 = icmp ugt i64 %47, 65536, !dbg !106
  %49 = select i1 %48, i64 2, i64 1, !dbg !106
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %25, i64 %49) #0, !dbg !106
  br label %return, !dbg !106
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!92, !93}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !80, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "strlen_large.tp", directory: ".")
!4 = !{!0, !5, !28, !53, !65, !71}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_k", linkageName: "m_k", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !51}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 3200, align: 64, elements: !45)
!45 = !{!46}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 3200, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 3200, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 400, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 192)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DIGlobalVariableExpression(var: !54, expr: !DIExpression())
!54 = distinct !DIGlobalVariable(name: "m_v", linkageName: "m_v", scope: !2, file: !3, type: !55, isLocal: false, isDefinition: true, align: 64)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !56)
!56 = !{!57, !37, !58, !63}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !59, size: 64, align: 64, offset: 128)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !61)
!61 = !{!62}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 192)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DIGlobalVariableExpression(var: !66, expr: !DIExpression())
!66 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !67, isLocal: false, isDefinition: true, align: 64)
!67 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !68)
!68 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 3392, align: 8, elements: !69)
!69 = !{!70}
!70 = !DISubrange(count: 424, lowerBound: 0)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !73, isLocal: false, isDefinition: true, align: 64)
!73 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !74)
!74 = !{!9, !15, !20, !75}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !76, size: 64, align: 64, offset: 192)
!76 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !77, size: 64, align: 64, dwarfAddressSpace: 0)
!77 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 6400, align: 8, elements: !78)
!78 = !{!79}
!79 = !DISubrange(count: 800, lowerBound: 0)
!80 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !81)
!81 = !{!82, !87}
!82 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !83, size: 64, align: 64)
!83 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !84, size: 64, align: 64, dwarfAddressSpace: 0)
!84 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !85)
!85 = !{!86}
!86 = !DISubrange(count: 27, lowerBound: 0)
!87 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !88, size: 64, align: 64, offset: 64)
!88 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !89, size: 64, align: 64, dwarfAddressSpace: 0)
!89 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !90)
!90 = !{!91}
!91 = !DISubrange(count: 262144, lowerBound: 0)
!92 = !{i32 2, !"Debug Info Version", i32 3}
!93 = !{i32 2, !"Dwarf Version", i32 4}
!94 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 4, type: !95, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !98)
!95 = !DISubroutineType(types: !96)
!96 = !{!12, !97}
!97 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!98 = !{!99}
!99 = !DILocalVariable(name: "ctx", arg: 1, scope: !94, file: !3, line: 4, type: !97)
!100 = !DILocation(line: 4, scope: !94)
!101 = !DILocation(line: 4, column: 1, scope: !94)
!102 = !DILocation(line: 5, column: 2, scope: !94)
!103 = !DILocation(line: 6, column: 2, scope: !94)
!104 = !DILocation(line: 7, column: 2, scope: !94)
!105 = !DILocation(line: 8, column: 2, scope: !94)
!106 = !DILocation(line: 9, column: 2, scope: !94)
