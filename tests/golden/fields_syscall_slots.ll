; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_neg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !34

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !55 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !61
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !60, metadata !DIExpression()), !dbg !61
  %zero = alloca i32, align 4, !dbg !62
  store i32 0, i32* %zero, align 4, !dbg !62
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !62
  %1 = icmp eq i64 %0, 0, !dbg !62
  br i1 %1, label %pid.match, label %pid.filter, !dbg !62

return:                                           ; preds = %if.then, %agg.have2, %agg.done, %pid.filter
  ret i32 0, !dbg !62

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !62
  %3 = lshr i64 %2, 32, !dbg !62
  %4 = icmp eq i64 %3, %0, !dbg !62
  br i1 %4, label %pid.match, label %return, !dbg !62

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !63
  %6 = bitcast i8* %5 to i32*, !dbg !63
  %7 = load i32, i32* %6, align 4, !dbg !63
  %8 = getelementptr i8, i8* %ctx, i64 32, !dbg !63
  %9 = bitcast i8* %8 to i32*, !dbg !63
  %10 = load i32, i32* %9, align 4, !dbg !63
  %11 = getelementptr i8, i8* %ctx, i64 40, !dbg !63
  %12 = bitcast i8* %11 to i64*, !dbg !63
  %13 = load i64, i64* %12, align 8, !dbg !63
  %14 = getelementptr i8, i8* %ctx, i64 8, !dbg !63
  %15 = bitcast i8* %14 to i32*, !dbg !63
  %16 = load i32, i32* %15, align 4, !dbg !63
  %17 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !63
  %.not = icmp eq i8* %17, null, !dbg !63
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !63

rec.fill:                                         ; preds = %pid.match
  %18 = sext i32 %16 to i64, !dbg !63
  %19 = sext i32 %10 to i64, !dbg !63
  %20 = sext i32 %7 to i64, !dbg !63
  %21 = bitcast i8* %17 to i64*, !dbg !63
  store i64 1, i64* %21, align 8, !dbg !63
  %22 = getelementptr i8, i8* %17, i64 8, !dbg !63
  %23 = bitcast i8* %22 to i64*, !dbg !63
  store i64 %20, i64* %23, align 8, !dbg !63
  %24 = getelementptr i8, i8* %17, i64 16, !dbg !63
  %25 = bitcast i8* %24 to i64*, !dbg !63
  store i64 %19, i64* %25, align 8, !dbg !63
  %26 = getelementptr i8, i8* %17, i64 24, !dbg !63
  %27 = bitcast i8* %26 to i64*, !dbg !63
  store i64 %13, i64* %27, align 8, !dbg !63
  %28 = getelementptr i8, i8* %17, i64 32, !dbg !63
  %29 = bitcast i8* %28 to i64*, !dbg !63
  store i64 %18, i64* %29, align 8, !dbg !63
  %30 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !63
  %31 = icmp ugt i64 %30, 65536, !dbg !63
  %32 = select i1 %31, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %17, i64 %32) #0, !dbg !63
  br label %rec.done, !dbg !63

rec.lost:                                         ; preds = %pid.match
  %33 = bitcast i32* %zero to i8*, !dbg !63
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !63
  %.not3 = icmp eq i8* %34, null, !dbg !63
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !63

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %35 = bitcast [1 x i64]* %tmp to i8*, !dbg !64
  %36 = bitcast [1 x i64]* %tmp to i32*, !dbg !64
  store i32 0, i32* %36, align 8, !dbg !64
  %37 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %35) #0, !dbg !64
  %.not4 = icmp eq i8* %37, null, !dbg !64
  br i1 %.not4, label %agg.done, label %agg.have, !dbg !64

stat.inc:                                         ; preds = %rec.lost
  %38 = bitcast i8* %34 to i64*, !dbg !63
  %39 = load i64, i64* %38, align 8, !dbg !63
  %40 = add i64 %39, 1, !dbg !63
  store i64 %40, i64* %38, align 8, !dbg !63
  br label %rec.done, !dbg !63

agg.done:                                         ; preds = %agg.have, %rec.done
  %41 = load i32, i32* %6, align 4, !dbg !65
  %42 = icmp slt i32 %41, 0, !dbg !65
  br i1 %42, label %if.then, label %return, !dbg !65

agg.have:                                         ; preds = %rec.done
  %43 = bitcast i8* %37 to i64*, !dbg !64
  %44 = load i64, i64* %43, align 8, !dbg !64
  %45 = add i64 %44, 1, !dbg !64
  store i64 %45, i64* %43, align 8, !dbg !64
  br label %agg.done, !dbg !64

if.then:                                          ; preds = %agg.done
  store i32 0, i32* %36, align 8, !dbg !66
  %46 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %35) #0, !dbg !66
  %.not5 = icmp eq i8* %46, null, !dbg !66
  br i1 %.not5, label %return, label %agg.have2, !dbg !66

agg.have2:                                        ; preds = %if.then
  %47 = bitcast i8* %46 to i64*, !dbg !66
  %48 = load i64, i64* %47, align 8, !dbg !66
  %49 = add i64 %48, 1, !dbg !66
  store i64 %49, i64* %47, align 8, !dbg !66
  br label %return, !dbg !66
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !67 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !69, metadata !DIExpression()), !dbg !70
  %zero = alloca i32, align 4, !dbg !71
  store i32 0, i32* %zero, align 4, !dbg !71
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !71
  %1 = icmp eq i64 %0, 0, !dbg !71
  br i1 %1, label %pid.match, label %pid.filter, !dbg !71

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !71

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !71
  %3 = lshr i64 %2, 32, !dbg !71
  %4 = icmp eq i64 %3, %0, !dbg !71
  br i1 %4, label %pid.match, label %return, !dbg !71

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !72
  %6 = bitcast i8* %5 to i32*, !dbg !72
  %7 = load i32, i32* %6, align 4, !dbg !72
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !72
  %9 = bitcast i8* %8 to i64*, !dbg !72
  %10 = load i64, i64* %9, align 8, !dbg !72
  %11 = getelementptr i8, i8* %ctx, i64 32, !dbg !72
  %12 = bitcast i8* %11 to i32*, !dbg !72
  %13 = load i32, i32* %12, align 4, !dbg !72
  %14 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !72
  %.not = icmp eq i8* %14, null, !dbg !72
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !72

rec.fill:                                         ; preds = %pid.match
  %15 = zext i32 %13 to i64, !dbg !72
  %16 = zext i32 %7 to i64, !dbg !72
  %17 = bitcast i8* %14 to i64*, !dbg !72
  store i64 4294967297, i64* %17, align 8, !dbg !72
  %18 = getelementptr i8, i8* %14, i64 8, !dbg !72
  %19 = bitcast i8* %18 to i64*, !dbg !72
  store i64 %16, i64* %19, align 8, !dbg !72
  %20 = getelementptr i8, i8* %14, i64 16, !dbg !72
  %21 = bitcast i8* %20 to i64*, !dbg !72
  store i64 %10, i64* %21, align 8, !dbg !72
  %22 = getelementptr i8, i8* %14, i64 24, !dbg !72
  %23 = bitcast i8* %22 to i64*, !dbg !72
  store i64 %15, i64* %23, align 8, !dbg !72
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !72
  %25 = icmp ugt i64 %24, 65536, !dbg !72
  %26 = select i1 %25, i64 2, i64 1, !dbg !72
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %14, i64 %26) #0, !dbg !72
  br label %return, !dbg !72

rec.lost:                                         ; preds = %pid.match
  %27 = bitcast i32* %zero to i8*, !dbg !72
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !72
  %.not1 = icmp eq i8* %28, null, !dbg !72
  br i1 %.not1, label %return, label %stat.inc, !dbg !72

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !72
  %30 = load i64, i64* %29, align 8, !dbg !72
  %31 = add i64 %30, 1, !dbg !72
  store i64 %31, i64* %29, align 8, !dbg !72
  br label %return, !dbg !72
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!53, !54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !41, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_syscall_slots.tp", directory: ".")
!4 = !{!0, !5, !28, !34}
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
!29 = distinct !DIGlobalVariable(name: "m_neg", linkageName: "m_neg", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !37)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 384, align: 8, elements: !39)
!38 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!39 = !{!40}
!40 = !DISubrange(count: 48, lowerBound: 0)
!41 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !42)
!42 = !{!43, !48}
!43 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !44, size: 64, align: 64)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 27, lowerBound: 0)
!48 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !49, size: 64, align: 64, offset: 64)
!49 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !50, size: 64, align: 64, dwarfAddressSpace: 0)
!50 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !51)
!51 = !{!52}
!52 = !DISubrange(count: 262144, lowerBound: 0)
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 2, !"Dwarf Version", i32 4}
!55 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !56, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !59)
!56 = !DISubroutineType(types: !57)
!57 = !{!12, !58}
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!59 = !{!60}
!60 = !DILocalVariable(name: "ctx", arg: 1, scope: !55, file: !3, line: 3, type: !58)
!61 = !DILocation(line: 3, scope: !55)
!62 = !DILocation(line: 3, column: 1, scope: !55)
!63 = !DILocation(line: 4, column: 2, scope: !55)
!64 = !DILocation(line: 5, column: 2, scope: !55)
!65 = !DILocation(line: 6, column: 2, scope: !55)
!66 = !DILocation(line: 7, column: 3, scope: !55)
!67 = distinct !DISubprogram(name: "tp1_sys_enter_lseek", linkageName: "tp1_sys_enter_lseek", scope: !3, file: !3, line: 10, type: !56, scopeLine: 10, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !68)
!68 = !{!69}
!69 = !DILocalVariable(name: "ctx", arg: 1, scope: !67, file: !3, line: 10, type: !58)
!70 = !DILocation(line: 10, scope: !67)
!71 = !DILocation(line: 10, column: 1, scope: !67)
!72 = !DILocation(line: 11, column: 2, scope: !67)
