; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter(i8* %ctx) #0 section "tracepoint/raw_syscalls/sys_enter" !dbg !47 {
entry:
  %tmp2 = alloca [1 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %1 = icmp eq i64 %0, 0, !dbg !54
  br i1 %1, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost9, %stat.inc11, %rec.fill8, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %3 = lshr i64 %2, 32, !dbg !54
  %4 = icmp eq i64 %3, %0, !dbg !54
  br i1 %4, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !55
  %6 = bitcast i8* %5 to i64*, !dbg !55
  %7 = load i64, i64* %6, align 8, !dbg !55
  %8 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %9 = bitcast i8* %8 to i64*, !dbg !55
  %10 = load i64, i64* %9, align 8, !dbg !55
  %11 = getelementptr i8, i8* %ctx, i64 56, !dbg !55
  %12 = bitcast i8* %11 to i64*, !dbg !55
  %13 = load i64, i64* %12, align 8, !dbg !55
  %14 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %14, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %pid.match
  %15 = bitcast i8* %14 to i64*, !dbg !55
  store i64 1, i64* %15, align 8, !dbg !55
  %16 = getelementptr i8, i8* %14, i64 8, !dbg !55
  %17 = bitcast i8* %16 to i64*, !dbg !55
  store i64 %7, i64* %17, align 8, !dbg !55
  %18 = getelementptr i8, i8* %14, i64 16, !dbg !55
  %19 = bitcast i8* %18 to i64*, !dbg !55
  store i64 %10, i64* %19, align 8, !dbg !55
  %20 = getelementptr i8, i8* %14, i64 24, !dbg !55
  %21 = bitcast i8* %20 to i64*, !dbg !55
  store i64 %13, i64* %21, align 8, !dbg !55
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %23 = icmp ugt i64 %22, 65536, !dbg !55
  %24 = select i1 %23, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %14, i64 %24) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %pid.match
  %25 = bitcast i32* %zero to i8*, !dbg !55
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !55
  %.not13 = icmp eq i8* %26, null, !dbg !55
  br i1 %.not13, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %27 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !56
  store i64 0, i64* %27, align 8, !dbg !56
  %28 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !56
  %29 = ptrtoint i8* %8 to i64, !dbg !56
  %30 = add i64 %29, 16, !dbg !56
  %31 = inttoptr i64 %30 to i8*, !dbg !56
  %32 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %28, i32 8, i8* %31) #0, !dbg !56
  %33 = load i64, i64* %27, align 8, !dbg !56
  %34 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !56
  %.not14 = icmp eq i8* %34, null, !dbg !56
  br i1 %.not14, label %rec.lost4, label %rec.fill3, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %35 = bitcast i8* %26 to i64*, !dbg !55
  %36 = load i64, i64* %35, align 8, !dbg !55
  %37 = add i64 %36, 1, !dbg !55
  store i64 %37, i64* %35, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill3:                                        ; preds = %rec.done
  %38 = bitcast i8* %34 to i64*, !dbg !56
  store i64 4294967298, i64* %38, align 8, !dbg !56
  %39 = getelementptr i8, i8* %34, i64 8, !dbg !56
  %40 = bitcast i8* %39 to i64*, !dbg !56
  store i64 %33, i64* %40, align 8, !dbg !56
  %41 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %42 = icmp ugt i64 %41, 65536, !dbg !56
  %43 = select i1 %42, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %34, i64 %43) #0, !dbg !56
  br label %rec.done5, !dbg !56

rec.lost4:                                        ; preds = %rec.done
  %44 = bitcast i32* %zero to i8*, !dbg !56
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %44) #0, !dbg !56
  %.not15 = icmp eq i8* %45, null, !dbg !56
  br i1 %.not15, label %rec.done5, label %stat.inc6, !dbg !56

rec.done5:                                        ; preds = %rec.lost4, %stat.inc6, %rec.fill3
  %46 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !57
  %.not16 = icmp eq i8* %46, null, !dbg !57
  br i1 %.not16, label %rec.lost9, label %rec.fill8, !dbg !57

stat.inc6:                                        ; preds = %rec.lost4
  %47 = bitcast i8* %45 to i64*, !dbg !56
  %48 = load i64, i64* %47, align 8, !dbg !56
  %49 = add i64 %48, 1, !dbg !56
  store i64 %49, i64* %47, align 8, !dbg !56
  br label %rec.done5, !dbg !56

rec.fill8:                                        ; preds = %rec.done5
  %50 = bitcast i8* %46 to i64*, !dbg !57
  store i64 8589934594, i64* %50, align 8, !dbg !57
  %51 = getelementptr i8, i8* %46, i64 8, !dbg !57
  %52 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %51, i32 48, i8* %8) #0, !dbg !57
  %53 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %54 = icmp ugt i64 %53, 65536, !dbg !57
  %55 = select i1 %54, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %46, i64 %55) #0, !dbg !57
  br label %return, !dbg !57

rec.lost9:                                        ; preds = %rec.done5
  %56 = bitcast i32* %zero to i8*, !dbg !57
  %57 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %56) #0, !dbg !57
  %.not17 = icmp eq i8* %57, null, !dbg !57
  br i1 %.not17, label %return, label %stat.inc11, !dbg !57

stat.inc11:                                       ; preds = %rec.lost9
  %58 = bitcast i8* %57 to i64*, !dbg !57
  %59 = load i64, i64* %58, align 8, !dbg !57
  %60 = add i64 %59, 1, !dbg !57
  store i64 %60, i64* %58, align 8, !dbg !57
  br label %return, !dbg !57
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_inet_sock_set_state(i8* %ctx) #0 section "tracepoint/sock/inet_sock_set_state" !dbg !58 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !60, metadata !DIExpression()), !dbg !61
  %zero = alloca i32, align 4, !dbg !62
  store i32 0, i32* %zero, align 4, !dbg !62
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !62
  %1 = icmp eq i64 %0, 0, !dbg !62
  br i1 %1, label %pid.match, label %pid.filter, !dbg !62

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %pid.filter
  ret i32 0, !dbg !62

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !62
  %3 = lshr i64 %2, 32, !dbg !62
  %4 = icmp eq i64 %3, %0, !dbg !62
  br i1 %4, label %pid.match, label %return, !dbg !62

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !63
  %6 = load i8, i8* %5, align 1, !dbg !63
  %7 = getelementptr i8, i8* %ctx, i64 71, !dbg !63
  %8 = load i8, i8* %7, align 1, !dbg !63
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !63
  %.not = icmp eq i8* %9, null, !dbg !63
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !63

rec.fill:                                         ; preds = %pid.match
  %10 = zext i8 %8 to i64, !dbg !63
  %11 = zext i8 %6 to i64, !dbg !63
  %12 = bitcast i8* %9 to i64*, !dbg !63
  store i64 12884901889, i64* %12, align 8, !dbg !63
  %13 = getelementptr i8, i8* %9, i64 8, !dbg !63
  %14 = bitcast i8* %13 to i64*, !dbg !63
  store i64 %11, i64* %14, align 8, !dbg !63
  %15 = getelementptr i8, i8* %9, i64 16, !dbg !63
  %16 = bitcast i8* %15 to i64*, !dbg !63
  store i64 %10, i64* %16, align 8, !dbg !63
  %17 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !63
  %18 = icmp ugt i64 %17, 65536, !dbg !63
  %19 = select i1 %18, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %19) #0, !dbg !63
  br label %rec.done, !dbg !63

rec.lost:                                         ; preds = %pid.match
  %20 = bitcast i32* %zero to i8*, !dbg !63
  %21 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %20) #0, !dbg !63
  %.not6 = icmp eq i8* %21, null, !dbg !63
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !63

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %22 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !64
  %.not7 = icmp eq i8* %22, null, !dbg !64
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !64

stat.inc:                                         ; preds = %rec.lost
  %23 = bitcast i8* %21 to i64*, !dbg !63
  %24 = load i64, i64* %23, align 8, !dbg !63
  %25 = add i64 %24, 1, !dbg !63
  store i64 %25, i64* %23, align 8, !dbg !63
  br label %rec.done, !dbg !63

rec.fill1:                                        ; preds = %rec.done
  %26 = bitcast i8* %22 to i64*, !dbg !64
  store i64 17179869186, i64* %26, align 8, !dbg !64
  %27 = getelementptr i8, i8* %22, i64 8, !dbg !64
  %28 = getelementptr i8, i8* %ctx, i64 40, !dbg !64
  %29 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %27, i32 16, i8* %28) #0, !dbg !64
  %30 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !64
  %31 = icmp ugt i64 %30, 65536, !dbg !64
  %32 = select i1 %31, i64 2, i64 1, !dbg !64
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %22, i64 %32) #0, !dbg !64
  br label %return, !dbg !64

rec.lost2:                                        ; preds = %rec.done
  %33 = bitcast i32* %zero to i8*, !dbg !64
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !64
  %.not8 = icmp eq i8* %34, null, !dbg !64
  br i1 %.not8, label %return, label %stat.inc4, !dbg !64

stat.inc4:                                        ; preds = %rec.lost2
  %35 = bitcast i8* %34 to i64*, !dbg !64
  %36 = load i64, i64* %35, align 8, !dbg !64
  %37 = add i64 %36, 1, !dbg !64
  store i64 %37, i64* %35, align 8, !dbg !64
  br label %return, !dbg !64
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_fixed_array.tp", directory: ".")
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
!47 = distinct !DISubprogram(name: "tp0_sys_enter", linkageName: "tp0_sys_enter", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 5, column: 2, scope: !47)
!57 = !DILocation(line: 6, column: 2, scope: !47)
!58 = distinct !DISubprogram(name: "tp1_inet_sock_set_state", linkageName: "tp1_inet_sock_set_state", scope: !3, file: !3, line: 8, type: !48, scopeLine: 8, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !59)
!59 = !{!60}
!60 = !DILocalVariable(name: "ctx", arg: 1, scope: !58, file: !3, line: 8, type: !50)
!61 = !DILocation(line: 8, scope: !58)
!62 = !DILocation(line: 8, column: 1, scope: !58)
!63 = !DILocation(line: 9, column: 2, scope: !58)
!64 = !DILocation(line: 10, column: 2, scope: !58)
