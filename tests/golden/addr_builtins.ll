; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i32 inttoptr (i64 42 to i32 ()*)() #0, !dbg !55
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 72, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %6, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %numaid = zext i32 %5 to i64, !dbg !55
  %7 = bitcast i8* %6 to i64*, !dbg !55
  store i64 1, i64* %7, align 8, !dbg !55
  %8 = getelementptr i8, i8* %6, i64 8, !dbg !55
  %9 = bitcast i8* %8 to i64*, !dbg !55
  store i64 %numaid, i64* %9, align 8, !dbg !55
  %10 = getelementptr i8, i8* %6, i64 16, !dbg !55
  %11 = bitcast i8* %10 to i64*, !dbg !55
  store i64 2, i64* %11, align 8, !dbg !55
  %12 = getelementptr i8, i8* %6, i64 24, !dbg !55
  %13 = bitcast i8* %12 to i64*, !dbg !55
  store i64 16777343, i64* %13, align 8, !dbg !55
  %14 = getelementptr i8, i8* %6, i64 32, !dbg !55
  %15 = bitcast i8* %14 to i64*, !dbg !55
  store i64 0, i64* %15, align 8, !dbg !55
  %16 = getelementptr i8, i8* %6, i64 40, !dbg !55
  %17 = bitcast i8* %16 to i64*, !dbg !55
  store i64 10, i64* %17, align 8, !dbg !55
  %18 = getelementptr i8, i8* %6, i64 48, !dbg !55
  %19 = bitcast i8* %18 to i64*, !dbg !55
  store i64 33022, i64* %19, align 8, !dbg !55
  %20 = getelementptr i8, i8* %6, i64 56, !dbg !55
  %21 = bitcast i8* %20 to i64*, !dbg !55
  store i64 72057594037927936, i64* %21, align 8, !dbg !55
  %22 = getelementptr i8, i8* %6, i64 64, !dbg !55
  %23 = bitcast i8* %22 to i64*, !dbg !55
  store i64 16777226, i64* %23, align 8, !dbg !55
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %25 = icmp ugt i64 %24, 65536, !dbg !55
  %26 = select i1 %25, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %26) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %27 = bitcast i32* %zero to i8*, !dbg !55
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !55
  %.not6 = icmp eq i8* %28, null, !dbg !55
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %29 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 152, i64 0) #0, !dbg !56
  %.not7 = icmp eq i8* %29, null, !dbg !56
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %30 = bitcast i8* %28 to i64*, !dbg !55
  %31 = load i64, i64* %30, align 8, !dbg !55
  %32 = add i64 %31, 1, !dbg !55
  store i64 %32, i64* %30, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill1:                                        ; preds = %rec.done
  %33 = bitcast i8* %29 to i64*, !dbg !56
  store i64 4294967297, i64* %33, align 8, !dbg !56
  %34 = getelementptr i8, i8* %29, i64 8, !dbg !56
  %35 = getelementptr i8, i8* %ctx, i64 24, !dbg !56
  %36 = bitcast i8* %35 to i64*, !dbg !56
  %37 = load i64, i64* %36, align 8, !dbg !56
  %38 = inttoptr i64 %37 to i8*, !dbg !56
  %39 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %34, i32 65, i8* %38) #0, !dbg !56
  %40 = getelementptr i8, i8* %29, i64 80, !dbg !56
  %41 = load i64, i64* %36, align 8, !dbg !56
  %42 = inttoptr i64 %41 to i8*, !dbg !56
  %43 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %40, i32 65, i8* %42) #0, !dbg !56
  %44 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %45 = icmp ugt i64 %44, 65536, !dbg !56
  %46 = select i1 %45, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %29, i64 %46) #0, !dbg !56
  br label %return, !dbg !56

rec.lost2:                                        ; preds = %rec.done
  %47 = bitcast i32* %zero to i8*, !dbg !56
  %48 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %47) #0, !dbg !56
  %.not8 = icmp eq i8* %48, null, !dbg !56
  br i1 %.not8, label %return, label %stat.inc4, !dbg !56

stat.inc4:                                        ; preds = %rec.lost2
  %49 = bitcast i8* %48 to i64*, !dbg !56
  %50 = load i64, i64* %49, align 8, !dbg !56
  %51 = add i64 %50, 1, !dbg !56
  store i64 %51, i64* %49, align 8, !dbg !56
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
!3 = !DIFile(filename: "addr_builtins.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !48, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 3, type: !50)
!53 = !DILocation(line: 3, scope: !47)
!54 = !DILocation(line: 3, column: 1, scope: !47)
!55 = !DILocation(line: 5, column: 2, scope: !47)
!56 = !DILocation(line: 7, column: 2, scope: !47)
