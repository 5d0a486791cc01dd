; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !47 {
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
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %6 = bitcast i8* %5 to i32*, !dbg !55
  %7 = load i32, i32* %6, align 4, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 20, !dbg !55
  %9 = bitcast i8* %8 to i32*, !dbg !55
  %10 = load i32, i32* %9, align 4, !dbg !55
  %11 = getelementptr i8, i8* %ctx, i64 24, !dbg !55
  %12 = bitcast i8* %11 to i16*, !dbg !55
  %13 = load i16, i16* %12, align 2, !dbg !55
  %14 = getelementptr i8, i8* %ctx, i64 26, !dbg !55
  %15 = bitcast i8* %14 to i16*, !dbg !55
  %16 = load i16, i16* %15, align 2, !dbg !55
  %17 = getelementptr i8, i8* %ctx, i64 28, !dbg !55
  %18 = bitcast i8* %17 to i16*, !dbg !55
  %19 = load i16, i16* %18, align 2, !dbg !55
  %20 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %20, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %21 = zext i16 %19 to i64, !dbg !55
  %22 = zext i16 %16 to i64, !dbg !55
  %23 = zext i16 %13 to i64, !dbg !55
  %24 = sext i32 %10 to i64, !dbg !55
  %25 = sext i32 %7 to i64, !dbg !55
  %26 = bitcast i8* %20 to i64*, !dbg !55
  store i64 1, i64* %26, align 8, !dbg !55
  %27 = getelementptr i8, i8* %20, i64 8, !dbg !55
  %28 = bitcast i8* %27 to i64*, !dbg !55
  store i64 %25, i64* %28, align 8, !dbg !55
  %29 = getelementptr i8, i8* %20, i64 16, !dbg !55
  %30 = bitcast i8* %29 to i64*, !dbg !55
  store i64 %24, i64* %30, align 8, !dbg !55
  %31 = getelementptr i8, i8* %20, i64 24, !dbg !55
  %32 = bitcast i8* %31 to i64*, !dbg !55
  store i64 %23, i64* %32, align 8, !dbg !55
  %33 = getelementptr i8, i8* %20, i64 32, !dbg !55
  %34 = bitcast i8* %33 to i64*, !dbg !55
  store i64 %22, i64* %34, align 8, !dbg !55
  %35 = getelementptr i8, i8* %20, i64 40, !dbg !55
  %36 = bitcast i8* %35 to i64*, !dbg !55
  store i64 %21, i64* %36, align 8, !dbg !55
  %37 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %38 = icmp ugt i64 %37, 65536, !dbg !55
  %39 = select i1 %38, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %20, i64 %39) #0, !dbg !55
  br label %return, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %40 = bitcast i32* %zero to i8*, !dbg !55
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %40) #0, !dbg !55
  %.not1 = icmp eq i8* %41, null, !dbg !55
  br i1 %.not1, label %return, label %stat.inc, !dbg !55

stat.inc:                                         ; preds = %rec.lost
  %42 = bitcast i8* %41 to i64*, !dbg !55
  %43 = load i64, i64* %42, align 8, !dbg !55
  %44 = add i64 %43, 1, !dbg !55
  store i64 %44, i64* %42, align 8, !dbg !55
  br label %return, !dbg !55
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !56 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !58, metadata !DIExpression()), !dbg !59
  %zero = alloca i32, align 4, !dbg !60
  store i32 0, i32* %zero, align 4, !dbg !60
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !60
  %1 = icmp eq i64 %0, 0, !dbg !60
  br i1 %1, label %pid.match, label %pid.filter, !dbg !60

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !60

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !60
  %3 = lshr i64 %2, 32, !dbg !60
  %4 = icmp eq i64 %3, %0, !dbg !60
  br i1 %4, label %pid.match, label %return, !dbg !60

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 24, !dbg !61
  %6 = bitcast i8* %5 to i32*, !dbg !61
  %7 = load i32, i32* %6, align 4, !dbg !61
  %8 = getelementptr i8, i8* %ctx, i64 28, !dbg !61
  %9 = bitcast i8* %8 to i32*, !dbg !61
  %10 = load i32, i32* %9, align 4, !dbg !61
  %11 = getelementptr i8, i8* %ctx, i64 32, !dbg !61
  %12 = bitcast i8* %11 to i64*, !dbg !61
  %13 = load i64, i64* %12, align 8, !dbg !61
  %14 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !61
  %.not = icmp eq i8* %14, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %pid.match
  %15 = sext i32 %10 to i64, !dbg !61
  %16 = sext i32 %7 to i64, !dbg !61
  %17 = bitcast i8* %14 to i64*, !dbg !61
  store i64 4294967297, i64* %17, align 8, !dbg !61
  %18 = getelementptr i8, i8* %14, i64 8, !dbg !61
  %19 = bitcast i8* %18 to i64*, !dbg !61
  store i64 %16, i64* %19, align 8, !dbg !61
  %20 = getelementptr i8, i8* %14, i64 16, !dbg !61
  %21 = bitcast i8* %20 to i64*, !dbg !61
  store i64 %15, i64* %21, align 8, !dbg !61
  %22 = getelementptr i8, i8* %14, i64 24, !dbg !61
  %23 = bitcast i8* %22 to i64*, !dbg !61
  store i64 %13, i64* %23, align 8, !dbg !61
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %25 = icmp ugt i64 %24, 65536, !dbg !61
  %26 = select i1 %25, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %14, i64 %26) #0, !dbg !61
  br label %return, !dbg !61

rec.lost:                                         ; preds = %pid.match
  %27 = bitcast i32* %zero to i8*, !dbg !61
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !61
  %.not1 = icmp eq i8* %28, null, !dbg !61
  br i1 %.not1, label %return, label %stat.inc, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !61
  %30 = load i64, i64* %29, align 8, !dbg !61
  %31 = add i64 %30, 1, !dbg !61
  store i64 %31, i64* %29, align 8, !dbg !61
  br label %return, !dbg !61
}

; Function Attrs: nounwind
define i32 @tp2_arm_event(i8* %ctx) #0 section "tracepoint/ras/arm_event" !dbg !62 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !64, metadata !DIExpression()), !dbg !65
  %zero = alloca i32, align 4, !dbg !66
  store i32 0, i32* %zero, align 4, !dbg !66
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !66
  %1 = icmp eq i64 %0, 0, !dbg !66
  br i1 %1, label %pid.match, label %pid.filter, !dbg !66

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !66

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !66
  %3 = lshr i64 %2, 32, !dbg !66
  %4 = icmp eq i64 %3, %0, !dbg !66
  br i1 %4, label %pid.match, label %return, !dbg !66

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !67
  %6 = load i8, i8* %5, align 1, !dbg !67
  %7 = getelementptr i8, i8* %ctx, i64 24, !dbg !67
  %8 = bitcast i8* %7 to i32*, !dbg !67
  %9 = load i32, i32* %8, align 4, !dbg !67
  %10 = getelementptr i8, i8* %ctx, i64 8, !dbg !67
  %11 = bitcast i8* %10 to i64*, !dbg !67
  %12 = load i64, i64* %11, align 8, !dbg !67
  %13 = getelementptr i8, i8* %ctx, i64 60, !dbg !67
  %14 = load i8, i8* %13, align 1, !dbg !67
  %15 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !67
  %.not = icmp eq i8* %15, null, !dbg !67
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !67

rec.fill:                                         ; preds = %pid.match
  %16 = zext i8 %14 to i64, !dbg !67
  %17 = zext i32 %9 to i64, !dbg !67
  %18 = zext i8 %6 to i64, !dbg !67
  %19 = bitcast i8* %15 to i64*, !dbg !67
  store i64 8589934593, i64* %19, align 8, !dbg !67
  %20 = getelementptr i8, i8* %15, i64 8, !dbg !67
  %21 = bitcast i8* %20 to i64*, !dbg !67
  store i64 %18, i64* %21, align 8, !dbg !67
  %22 = getelementptr i8, i8* %15, i64 16, !dbg !67
  %23 = bitcast i8* %22 to i64*, !dbg !67
  store i64 %17, i64* %23, align 8, !dbg !67
  %24 = getelementptr i8, i8* %15, i64 24, !dbg !67
  %25 = bitcast i8* %24 to i64*, !dbg !67
  store i64 %12, i64* %25, align 8, !dbg !67
  %26 = getelementptr i8, i8* %15, i64 32, !dbg !67
  %27 = bitcast i8* %26 to i64*, !dbg !67
  store i64 %16, i64* %27, align 8, !dbg !67
  %28 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !67
  %29 = icmp ugt i64 %28, 65536, !dbg !67
  %30 = select i1 %29, i64 2, i64 1, !dbg !67
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %15, i64 %30) #0, !dbg !67
  br label %return, !dbg !67

rec.lost:                                         ; preds = %pid.match
  %31 = bitcast i32* %zero to i8*, !dbg !67
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %31) #0, !dbg !67
  %.not1 = icmp eq i8* %32, null, !dbg !67
  br i1 %.not1, label %return, label %stat.inc, !dbg !67

stat.inc:                                         ; preds = %rec.lost
  %33 = bitcast i8* %32 to i64*, !dbg !67
  %34 = load i64, i64* %33, align 8, !dbg !67
  %35 = add i64 %34, 1, !dbg !67
  store i64 %35, i64* %33, align 8, !dbg !67
  br label %return, !dbg !67
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_ints.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_inet_sock_set_state", linkageName: "tp0_inet_sock_set_state", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 4, column: 2, scope: !47)
!56 = distinct !DISubprogram(name: "tp1_sched_switch", linkageName: "tp1_sched_switch", scope: !3, file: !3, line: 6, type: !48, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !57)
!57 = !{!58}
!58 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 6, type: !50)
!59 = !DILocation(line: 6, scope: !56)
!60 = !DILocation(line: 6, column: 1, scope: !56)
!61 = !DILocation(line: 8, column: 2, scope: !56)
!62 = distinct !DISubprogram(name: "tp2_arm_event", linkageName: "tp2_arm_event", scope: !3, file: !3, line: 10, type: !48, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !63)
!63 = !{!64}
!64 = !DILocalVariable(name: "ctx", arg: 1, scope: !62, file: !3, line: 10, type: !50)
!65 = !DILocation(line: 10, scope: !62)
!66 = !DILocation(line: 10, column: 1, scope: !62)
!67 = !DILocation(line: 12, column: 2, scope: !62)
