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
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !71

; Function Attrs: nounwind
define i32 @tp0_sys_enter_write(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_write" !dbg !91 {
entry:
  %tmp3 = alloca [3 x i64], align 8, !dbg !97
  %tmp = alloca [1 x i64], align 8, !dbg !97
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !96, metadata !DIExpression()), !dbg !97
  %zero = alloca i32, align 4, !dbg !98
  store i32 0, i32* %zero, align 4, !dbg !98
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !98
  %1 = icmp eq i64 %0, 0, !dbg !98
  br i1 %1, label %pid.match, label %pid.filter, !dbg !98

return:                                           ; preds = %agg.full9, %stat.inc10, %agg.have7, %pid.filter
  ret i32 0, !dbg !98

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !98
  %3 = lshr i64 %2, 32, !dbg !98
  %4 = icmp eq i64 %3, %0, !dbg !98
  br i1 %4, label %pid.match, label %return, !dbg !98

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = bitcast [1 x i64]* %tmp to i8*, !dbg !99
  %6 = bitcast [1 x i64]* %tmp to i32*, !dbg !99
  store i32 0, i32* %6, align 8, !dbg !99
  %7 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_calls to i8*), i8* nonnull %5) #0, !dbg !99
  %.not = icmp eq i8* %7, null, !dbg !99
  br i1 %.not, label %agg.done, label %agg.have, !dbg !99

agg.done:                                         ; preds = %agg.have, %pid.match
  %8 = getelementptr i8, i8* %ctx, i64 32, !dbg !100
  %9 = bitcast i8* %8 to i64*, !dbg !100
  %10 = load i64, i64* %9, align 8, !dbg !100
  store i32 0, i32* %6, align 8, !dbg !100
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_bytes to i8*), i8* nonnull %5) #0, !dbg !100
  %.not13 = icmp eq i8* %11, null, !dbg !100
  br i1 %.not13, label %agg.done1, label %agg.have2, !dbg !100

agg.have:                                         ; preds = %pid.match
  %12 = bitcast i8* %7 to i64*, !dbg !99
  %13 = load i64, i64* %12, align 8, !dbg !99
  %14 = add i64 %13, 1, !dbg !99
  store i64 %14, i64* %12, align 8, !dbg !99
  br label %agg.done, !dbg !99

agg.done1:                                        ; preds = %agg.have2, %agg.done
  %15 = bitcast [3 x i64]* %tmp3 to i8*, !dbg !101
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %15, i8 0, i64 24, i1 false), !dbg !101
  %16 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !101
  %pid = lshr i64 %16, 32, !dbg !101
  %17 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp3, i64 0, i64 0, !dbg !101
  store i64 %pid, i64* %17, align 8, !dbg !101
  %18 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp3, i64 0, i64 1, !dbg !101
  %19 = bitcast i64* %18 to i8*, !dbg !101
  %20 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %19, i32 16) #0, !dbg !101
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %15) #0, !dbg !101
  %.not14 = icmp eq i8* %21, null, !dbg !101
  br i1 %.not14, label %agg.init, label %agg.have5, !dbg !101

agg.have2:                                        ; preds = %agg.done
  %22 = bitcast i8* %11 to i64*, !dbg !100
  %23 = load i64, i64* %22, align 8, !dbg !100
  %24 = add i64 %23, %10, !dbg !100
  store i64 %24, i64* %22, align 8, !dbg !100
  br label %agg.done1, !dbg !100

agg.done4:                                        ; preds = %agg.full, %stat.inc, %agg.have5
  %25 = getelementptr i8, i8* %ctx, i64 16, !dbg !102
  %26 = bitcast i8* %25 to i32*, !dbg !102
  %27 = load i32, i32* %26, align 4, !dbg !102
  %28 = zext i32 %27 to i64, !dbg !102
  store i64 %28, i64* %17, align 8, !dbg !102
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %15) #0, !dbg !102
  %.not17 = icmp eq i8* %29, null, !dbg !102
  br i1 %.not17, label %agg.init8, label %agg.have7, !dbg !102

agg.have5:                                        ; preds = %agg.init, %agg.done1
  %agg = phi i8* [ %21, %agg.done1 ], [ %34, %agg.init ], !dbg !101
  %30 = bitcast i8* %agg to i64*, !dbg !101
  %31 = load i64, i64* %30, align 8, !dbg !101
  %32 = add i64 %31, 1, !dbg !101
  store i64 %32, i64* %30, align 8, !dbg !101
  br label %agg.done4, !dbg !101

agg.init:                                         ; preds = %agg.done1
  %33 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %15, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !101
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_per to i8*), i8* nonnull %15) #0, !dbg !101
  %.not15 = icmp eq i8* %34, null, !dbg !101
  br i1 %.not15, label %agg.full, label %agg.have5, !dbg !101

agg.full:                                         ; preds = %agg.init
  %35 = bitcast i32* %zero to i8*, !dbg !101
  %36 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %35) #0, !dbg !101
  %.not16 = icmp eq i8* %36, null, !dbg !101
  br i1 %.not16, label %agg.done4, label %stat.inc, !dbg !101

stat.inc:                                         ; preds = %agg.full
  %37 = getelementptr i8, i8* %36, i64 32, !dbg !101
  %38 = bitcast i8* %37 to i64*, !dbg !101
  %39 = load i64, i64* %38, align 8, !dbg !101
  %40 = add i64 %39, 1, !dbg !101
  store i64 %40, i64* %38, align 8, !dbg !101
  br label %agg.done4, !dbg !101

agg.have7:                                        ; preds = %agg.init8, %agg.done4
  %agg12 = phi i8* [ %29, %agg.done4 ], [ %45, %agg.init8 ], !dbg !102
  %41 = bitcast i8* %agg12 to i64*, !dbg !102
  %42 = load i64, i64* %41, align 8, !dbg !102
  %43 = add i64 %42, -1, !dbg !102
  store i64 %43, i64* %41, align 8, !dbg !102
  br label %return, !dbg !102

agg.init8:                                        ; preds = %agg.done4
  %44 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %15, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !102
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %15) #0, !dbg !102
  %.not18 = icmp eq i8* %45, null, !dbg !102
  br i1 %.not18, label %agg.full9, label %agg.have7, !dbg !102

agg.full9:                                        ; preds = %agg.init8
  %46 = bitcast i32* %zero to i8*, !dbg !102
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %46) #0, !dbg !102
  %.not19 = icmp eq i8* %47, null, !dbg !102
  br i1 %.not19, label %return, label %stat.inc10, !dbg !102

stat.inc10:                                       ; preds = %agg.full9
  %48 = getelementptr i8, i8* %47, i64 24, !dbg !102
  %49 = bitcast i8* %48 to i64*, !dbg !102
  %50 = load i64, i64* %49, align 8, !dbg !102
  %51 = add i64 %50, 1, !dbg !102
  store i64 %51, i64* %49, align 8, !dbg !102
  br label %return, !dbg !102
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
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !68, size: 384, align: 8, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 48, lowerBound: 0)
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
