; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !47 {
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
  %6 = bitcast i8* %5 to i64*, !dbg !55
  %7 = load i64, i64* %6, align 8, !dbg !55
  %8 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 64, i64 0) #0, !dbg !56
  %.not = icmp eq i8* %8, null, !dbg !56
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !56

rec.fill:                                         ; preds = %pid.match
  %9 = shl i64 %7, 3, !dbg !56
  %10 = lshr i64 %7, 2, !dbg !56
  %11 = urem i64 %7, 5, !dbg !56
  %12 = lshr i64 %7, 2, !dbg !56
  %13 = mul i64 %7, 3, !dbg !56
  %14 = add i64 %7, -2, !dbg !56
  %15 = add i64 %7, 1, !dbg !56
  %16 = bitcast i8* %8 to i64*, !dbg !56
  store i64 1, i64* %16, align 8, !dbg !56
  %17 = getelementptr i8, i8* %8, i64 8, !dbg !56
  %18 = bitcast i8* %17 to i64*, !dbg !56
  store i64 %15, i64* %18, align 8, !dbg !56
  %19 = getelementptr i8, i8* %8, i64 16, !dbg !56
  %20 = bitcast i8* %19 to i64*, !dbg !56
  store i64 %14, i64* %20, align 8, !dbg !56
  %21 = getelementptr i8, i8* %8, i64 24, !dbg !56
  %22 = bitcast i8* %21 to i64*, !dbg !56
  store i64 %13, i64* %22, align 8, !dbg !56
  %23 = getelementptr i8, i8* %8, i64 32, !dbg !56
  %24 = bitcast i8* %23 to i64*, !dbg !56
  store i64 %12, i64* %24, align 8, !dbg !56
  %25 = getelementptr i8, i8* %8, i64 40, !dbg !56
  %26 = bitcast i8* %25 to i64*, !dbg !56
  store i64 %11, i64* %26, align 8, !dbg !56
  %27 = getelementptr i8, i8* %8, i64 48, !dbg !56
  %28 = bitcast i8* %27 to i64*, !dbg !56
  store i64 %10, i64* %28, align 8, !dbg !56
  %29 = getelementptr i8, i8* %8, i64 56, !dbg !56
  %30 = bitcast i8* %29 to i64*, !dbg !56
  store i64 %9, i64* %30, align 8, !dbg !56
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %32 = icmp ugt i64 %31, 65536, !dbg !56
  %33 = select i1 %32, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %8, i64 %33) #0, !dbg !56
  br label %return, !dbg !56

rec.lost:                                         ; preds = %pid.match
  %34 = bitcast i32* %zero to i8*, !dbg !56
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !56
  %.not14 = icmp eq i8* %35, null, !dbg !56
  br i1 %.not14, label %return, label %stat.inc, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %36 = bitcast i8* %35 to i64*, !dbg !56
  %37 = load i64, i64* %36, align 8, !dbg !56
  %38 = add i64 %37, 1, !dbg !56
  store i64 %38, i64* %36, align 8, !dbg !56
  br label %return, !dbg !56
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ops_arith_unsigned.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
