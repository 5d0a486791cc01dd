; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_bytes = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_calls = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !35
@m_neg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !41
@m_per = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !58
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !71

; Function Attrs: nounwind
define i32 @tp0_sys_enter_write(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_write" !dbg !91 {
entry:
  %tmp3 = alloca [3 x i64], align 8, !dbg !97
  %tmp = alloca [1 x i64], align 8, !dbg !97
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !96, metadata !DIExpression()), !dbg !97
  %zero = alloca i32, align 4, !dbg !98
  store i32 0, i32* %zero, align 4, !dbg !98
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !99
  %1 = bitcast [1 x i64]* %tmp to i32*, !dbg !99
  store i32 0, i32* %1, align 8, !dbg !99
  %2 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_calls to i8*), i8* nonnull %0) #0, !dbg !99
  %.not = icmp eq i8* %2, null, !dbg !99
  br i1 %.not, label %agg.done, label %agg.have, !dbg !99

agg.done:                                         ; preds = %agg.have, %entry
  %3 = getelementptr i8, i8* %ctx, i64 32, !dbg !100
  %4 = bitcast i8* %3 to i64*, !dbg !100
  %5 = load i64, i64* %4, align 8, !dbg !100
  store i32 0, i32* %1, align 8, !dbg !100
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_bytes to i8*), i8* nonnull %0) #0, !dbg !100
  %.not13 = icmp eq i8* %6, null, !dbg !100
  br i1 %.not13, label %agg.done1, label %agg.have2, !dbg !100

agg.have:                                         ; preds = %entry
  %7 = bitcast i8* %2 to i64*, !dbg !99
  %8 = load i64, i64* %7, align 8, !dbg !99
  %9 = add i64 %8, 1, !dbg !99
  store i64 %9, i64* %7, align 8, !dbg !99
  br label %agg.done, !dbg !99

agg.done1:                                        ; preds = %agg.have2, %agg.done
  %10 = bitcast [3 x i64]* %tmp3 to i8*, !dbg !101
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %10, i8 0, i64 24, i1 false), !dbg !101
  %11 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !101
  %pid = lshr i64 %11, 32, !dbg !101
  %12 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp3, i64 0, i64 0, !dbg !101
  store i64 %pid, i64* %12, align 8, !dbg !101
  %13 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp3, i64 0, i64 1, !dbg !101
  %14 = bitcast i64* %13 to i8*, !dbg !101
  %15 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %14, i32 16) #0, !dbg !101
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %10) #0, !dbg !101
  %.not14 = icmp eq i8* %16, null, !dbg !101
  br i1 %.not14, label %agg.init, label %agg.have5, !dbg !101

agg.have2:                                        ; preds = %agg.done
  %17 = bitcast i8* %6 to i64*, !dbg !100
  %18 = load i64, i64* %17, align 8, !dbg !100
  %19 = add i64 %18, %5, !dbg !100
  store i64 %19, i64* %17, align 8, !dbg !100
  br label %agg.done1, !dbg !100

agg.done4:                                        ; preds = %agg.full, %stat.inc, %agg.have5
  %20 = getelementptr i8, i8* %ctx, i64 16, !dbg !102
  %21 = bitcast i8* %20 to i32*, !dbg !102
  %22 = load i32, i32* %21, align 4, !dbg !102
  %23 = zext i32 %22 to i64, !dbg !102
  store i64 %23, i64* %12, align 8, !dbg !102
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %10) #0, !dbg !102
  %.not17 = icmp eq i8* %24, null, !dbg !102
  br i1 %.not17, label %agg.init8, label %agg.have7, !dbg !102

agg.have5:                                        ; preds = %agg.init, %agg.done1
  %agg = phi i8* [ %16, %agg.done1 ], [ %29, %agg.init ], !dbg !101
  %25 = bitcast i8* %agg to i64*, !dbg !101
  %26 = load i64, i64* %25, align 8, !dbg !101
  %27 = add i64 %26, 1, !dbg !101
  store i64 %27, i64* %25, align 8, !dbg !101
  br label %agg.done4, !dbg !101

agg.init:                                         ; preds = %agg.done1
  %28 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %10, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !101
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %10) #0, !dbg !101
  %.not15 = icmp eq i8* %29, null, !dbg !101
  br i1 %.not15, label %agg.full, label %agg.have5, !dbg !101

agg.full:                                         ; preds = %agg.init
  %30 = bitcast i32* %zero to i8*, !dbg !101
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !101
  %.not16 = icmp eq i8* %31, null, !dbg !101
  br i1 %.not16, label %agg.done4, label %stat.inc, !dbg !101

stat.inc:                                         ; preds = %agg.full
  %32 = getelementptr i8, i8* %31, i64 32, !dbg !101
  %33 = bitcast i8* %32 to i64*, !dbg !101
  %34 = load i64, i64* %33, align 8, !dbg !101
  %35 = add i64 %34, 1, !dbg !101
  store i64 %35, i64* %33, align 8, !dbg !101
  br label %agg.done4, !dbg !101

agg.done6:                                        ; preds = %agg.full9, %stat.inc10, %agg.have7
  ret i32 0, !dbg !98

agg.have7:                                        ; preds = %agg.init8, %agg.done4
  %agg12 = phi i8* [ %24, %agg.done4 ], [ %40, %agg.init8 ], !dbg !102
  %36 = bitcast i8* %agg12 to i64*, !dbg !102
  %37 = load i64, i64* %36, align 8, !dbg !102
  %38 = add i64 %37, -1, !dbg !102
  store i64 %38, i64* %36, align 8, !dbg !102
  br label %agg.done6, !dbg !102

agg.init8:                                        ; preds = %agg.done4
  %39 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %10, i8* getelementptr inbounds ([32 x i8], [32 x i8]* @tp_ro, i64 0, i64 24), i64 1) #0, !dbg !102
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %10) #0, !dbg !102
  %.not18 = icmp eq i8* %40, null, !dbg !102
  br i1 %.not18, label %agg.full9, label %agg.have7, !dbg !102

agg.full9:                                        ; preds = %agg.init8
  %41 = bitcast i32* %zero to i8*, !dbg !102
  %42 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %41) #0, !dbg !102
  %.not19 = icmp eq i8* %42, null, !dbg !102
  br i1 %.not19, label %agg.done6, label %stat.inc10, !dbg !102

stat.inc10:                                       ; preds = %agg.full9
  %43 = getelementptr i8, i8* %42, i64 24, !dbg !102
  %44 = bitcast i8* %43 to i64*, !dbg !102
  %45 = load i64, i64* %44, align 8, !dbg !102
  %46 = add i64 %45, 1, !dbg !102
  store i64 %46, i64* %44, align 8, !dbg !102
  br label %agg.done6, !dbg !102
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!89, !90}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !77, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "agg_count_sum.tp", directory: ".")
!4 = !{!0, !5, !28, !35, !41, !58, !71}
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
!29 = distinct !DIGlobalVariable(name: "m_bytes", linkageName: "m_bytes", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(name: "m_calls", linkageName: "m_calls", scope: !2, file: !3, type: !37, isLocal: false, isDefinition: true, align: 64)
!37 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !38)
!38 = !{!9, !15, !20, !39}
!39 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !40, size: 64, align: 64, offset: 192)
!40 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!41 = !DIGlobalVariableExpression(var: !42, expr: !DIExpression())
!42 = distinct !DIGlobalVariable(name: "m_neg", linkageName: "m_neg", scope: !2, file: !3, type: !43, isLocal: false, isDefinition: true, align: 64)
!43 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !44)
!44 = !{!45, !48, !53, !32}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !46, size: 64, align: 64)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !26)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !49, size: 64, align: 64, offset: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 4096, lowerBound: 0)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !54, size: 64, align: 64, offset: 128)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !55, size: 64, align: 64, dwarfAddressSpace: 0)
!55 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !56)
!56 = !{!57}
!57 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "m_per", linkageName: "m_per", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!60 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !61)
!61 = !{!45, !48, !62, !39}
!62 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !63, size: 64, align: 64, offset: 128)
!63 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !64, size: 64, align: 64, dwarfAddressSpace: 0)
!64 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !65)
!65 = !{!57, !66}
!66 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !67, size: 128, align: 8, offset: 64)
!67 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 128, align: 8, elements: !69)
!68 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!69 = !{!70}
!70 = !DISubrange(count: 16, lowerBound: 0)
!71 = !DIGlobalVariableExpression(var: !72, expr: !DIExpression())
!72 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !73, isLocal: false, isDefinition: true, align: 64)
!73 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !74)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 256, align: 8, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 32, lowerBound: 0)
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
!91 = distinct !DISubprogram(name: "tp0_sys_enter_write", linkageName: "tp0_sys_enter_write", scope: !3, file: !3, line: 2, type: !92, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !95)
!92 = !DISubroutineType(types: !93)
!93 = !{!12, !94}
!94 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!95 = !{!96}
!96 = !DILocalVariable(name: "ctx", arg: 1, scope: !91, file: !3, line: 2, type: !94)
!97 = !DILocation(line: 2, scope: !91)
!98 = !DILocation(line: 2, column: 1, scope: !91)
!99 = !DILocation(line: 3, column: 2, scope: !91)
!100 = !DILocation(line: 4, column: 2, scope: !91)
!101 = !DILocation(line: 5, column: 2, scope: !91)
!102 = !DILocation(line: 6, column: 2, scope: !91)
