; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_bytes = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !35

; Function Attrs: nounwind
define i32 @tp0_sys_enter_write(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_write" !dbg !56 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !62
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !61, metadata !DIExpression()), !dbg !62
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !63
  %1 = icmp eq i64 %0, 0, !dbg !63
  br i1 %1, label %pid.match, label %pid.filter, !dbg !63

return:                                           ; preds = %pred.true, %agg.have, %pid.match, %pid.filter
  ret i32 0, !dbg !63

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !63
  %3 = lshr i64 %2, 32, !dbg !63
  %4 = icmp eq i64 %3, %0, !dbg !63
  br i1 %4, label %pid.match, label %return, !dbg !63

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !64
  %6 = bitcast i8* %5 to i32*, !dbg !64
  %7 = load i32, i32* %6, align 4, !dbg !64
  %8 = icmp eq i32 %7, 1, !dbg !64
  br i1 %8, label %pred.true, label %return, !dbg !64

pred.true:                                        ; preds = %pid.match
  %9 = getelementptr i8, i8* %ctx, i64 32, !dbg !65
  %10 = bitcast i8* %9 to i64*, !dbg !65
  %11 = load i64, i64* %10, align 8, !dbg !65
  %12 = bitcast [1 x i64]* %tmp to i8*, !dbg !65
  %13 = bitcast [1 x i64]* %tmp to i32*, !dbg !65
  store i32 0, i32* %13, align 8, !dbg !65
  %14 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_bytes to i8*), i8* nonnull %12) #0, !dbg !65
  %.not = icmp eq i8* %14, null, !dbg !65
  br i1 %.not, label %return, label %agg.have, !dbg !65

agg.have:                                         ; preds = %pred.true
  %15 = bitcast i8* %14 to i64*, !dbg !65
  %16 = load i64, i64* %15, align 8, !dbg !65
  %17 = add i64 %16, %11, !dbg !65
  store i64 %17, i64* %15, align 8, !dbg !65
  br label %return, !dbg !65
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!54, !55}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !42, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "member_arrow.tp", directory: ".")
!4 = !{!0, !5, !28, !35}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_bytes", linkageName: "m_bytes", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!35 = !DIGlobalVariableExpression(var: !36, expr: !DIExpression())
!36 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !37, isLocal: false, isDefinition: true, align: 64)
!37 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !38)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !39, size: 384, align: 8, elements: !40)
!39 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!40 = !{!41}
!41 = !DISubrange(count: 48, lowerBound: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !43)
!43 = !{!44, !49}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 27, lowerBound: 0)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !50, size: 64, align: 64, offset: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 262144, lowerBound: 0)
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 2, !"Dwarf Version", i32 4}
!56 = distinct !DISubprogram(name: "tp0_sys_enter_write", linkageName: "tp0_sys_enter_write", scope: !3, file: !3, line: 2, type: !57, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!57 = !DISubroutineType(types: !58)
!58 = !{!12, !59}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !{!61}
!61 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 2, type: !59)
!62 = !DILocation(line: 2, scope: !56)
!63 = !DILocation(line: 2, column: 1, scope: !56)
!64 = !DILocation(line: 2, column: 38, scope: !56)
!65 = !DILocation(line: 3, column: 2, scope: !56)
