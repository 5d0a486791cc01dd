; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_neg = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [32 x i8] zeroinitializer, section ".rodata", align 8, !dbg !34

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !55 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !61
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !60, metadata !DIExpression()), !dbg !61
  %zero = alloca i32, align 4, !dbg !62
  store i32 0, i32* %zero, align 4, !dbg !62
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !63
  %1 = bitcast i8* %0 to i32*, !dbg !63
  %2 = load i32, i32* %1, align 4, !dbg !63
  %3 = getelementptr i8, i8* %ctx, i64 32, !dbg !63
  %4 = bitcast i8* %3 to i32*, !dbg !63
  %5 = load i32, i32* %4, align 4, !dbg !63
  %6 = getelementptr i8, i8* %ctx, i64 40, !dbg !63
  %7 = bitcast i8* %6 to i64*, !dbg !63
  %8 = load i64, i64* %7, align 8, !dbg !63
  %9 = getelementptr i8, i8* %ctx, i64 8, !dbg !63
  %10 = bitcast i8* %9 to i32*, !dbg !63
  %11 = load i32, i32* %10, align 4, !dbg !63
  %12 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !63
  %.not = icmp eq i8* %12, null, !dbg !63
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !63

rec.fill:                                         ; preds = %entry
  %13 = sext i32 %11 to i64, !dbg !63
  %14 = sext i32 %5 to i64, !dbg !63
  %15 = sext i32 %2 to i64, !dbg !63
  %16 = bitcast i8* %12 to i64*, !dbg !63
  store i64 1, i64* %16, align 8, !dbg !63
  %17 = getelementptr i8, i8* %12, i64 8, !dbg !63
  %18 = bitcast i8* %17 to i64*, !dbg !63
  store i64 %15, i64* %18, align 8, !dbg !63
  %19 = getelementptr i8, i8* %12, i64 16, !dbg !63
  %20 = bitcast i8* %19 to i64*, !dbg !63
  store i64 %14, i64* %20, align 8, !dbg !63
  %21 = getelementptr i8, i8* %12, i64 24, !dbg !63
  %22 = bitcast i8* %21 to i64*, !dbg !63
  store i64 %8, i64* %22, align 8, !dbg !63
  %23 = getelementptr i8, i8* %12, i64 32, !dbg !63
  %24 = bitcast i8* %23 to i64*, !dbg !63
  store i64 %13, i64* %24, align 8, !dbg !63
  %25 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !63
  %26 = icmp ugt i64 %25, 65536, !dbg !63
  %27 = select i1 %26, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %12, i64 %27) #0, !dbg !63
  br label %rec.done, !dbg !63

rec.lost:                                         ; preds = %entry
  %28 = bitcast i32* %zero to i8*, !dbg !63
  %29 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %28) #0, !dbg !63
  %.not3 = icmp eq i8* %29, null, !dbg !63
  br i1 %.not3, label %rec.done, label %stat.inc, !dbg !63

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %30 = bitcast [1 x i64]* %tmp to i8*, !dbg !64
  %31 = bitcast [1 x i64]* %tmp to i32*, !dbg !64
  store i32 0, i32* %31, align 8, !dbg !64
  %32 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %30) #0, !dbg !64
  %.not4 = icmp eq i8* %32, null, !dbg !64
  br i1 %.not4, label %agg.done, label %agg.have, !dbg !64

stat.inc:                                         ; preds = %rec.lost
  %33 = bitcast i8* %29 to i64*, !dbg !63
  %34 = load i64, i64* %33, align 8, !dbg !63
  %35 = add i64 %34, 1, !dbg !63
  store i64 %35, i64* %33, align 8, !dbg !63
  br label %rec.done, !dbg !63

agg.done:                                         ; preds = %agg.have, %rec.done
  %36 = load i32, i32* %1, align 4, !dbg !65
  %37 = icmp slt i32 %36, 0, !dbg !65
  br i1 %37, label %if.then, label %if.done, !dbg !65

agg.have:                                         ; preds = %rec.done
  %38 = bitcast i8* %32 to i64*, !dbg !64
  %39 = load i64, i64* %38, align 8, !dbg !64
  %40 = add i64 %39, 1, !dbg !64
  store i64 %40, i64* %38, align 8, !dbg !64
  br label %agg.done, !dbg !64

if.then:                                          ; preds = %agg.done
  store i32 0, i32* %31, align 8, !dbg !66
  %41 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_neg to i8*), i8* nonnull %30) #0, !dbg !66
  %.not5 = icmp eq i8* %41, null, !dbg !66
  br i1 %.not5, label %if.done, label %agg.have2, !dbg !66

if.done:                                          ; preds = %if.then, %agg.have2, %agg.done
  ret i32 0, !dbg !62

agg.have2:                                        ; preds = %if.then
  %42 = bitcast i8* %41 to i64*, !dbg !66
  %43 = load i64, i64* %42, align 8, !dbg !66
  %44 = add i64 %43, 1, !dbg !66
  store i64 %44, i64* %42, align 8, !dbg !66
  br label %if.done, !dbg !66
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !67 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !69, metadata !DIExpression()), !dbg !70
  %zero = alloca i32, align 4, !dbg !71
  store i32 0, i32* %zero, align 4, !dbg !71
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !72
  %1 = bitcast i8* %0 to i32*, !dbg !72
  %2 = load i32, i32* %1, align 4, !dbg !72
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !72
  %4 = bitcast i8* %3 to i64*, !dbg !72
  %5 = load i64, i64* %4, align 8, !dbg !72
  %6 = getelementptr i8, i8* %ctx, i64 32, !dbg !72
  %7 = bitcast i8* %6 to i32*, !dbg !72
  %8 = load i32, i32* %7, align 4, !dbg !72
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !72
  %.not = icmp eq i8* %9, null, !dbg !72
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !72

rec.fill:                                         ; preds = %entry
  %10 = zext i32 %8 to i64, !dbg !72
  %11 = zext i32 %2 to i64, !dbg !72
  %12 = bitcast i8* %9 to i64*, !dbg !72
  store i64 4294967297, i64* %12, align 8, !dbg !72
  %13 = getelementptr i8, i8* %9, i64 8, !dbg !72
  %14 = bitcast i8* %13 to i64*, !dbg !72
  store i64 %11, i64* %14, align 8, !dbg !72
  %15 = getelementptr i8, i8* %9, i64 16, !dbg !72
  %16 = bitcast i8* %15 to i64*, !dbg !72
  store i64 %5, i64* %16, align 8, !dbg !72
  %17 = getelementptr i8, i8* %9, i64 24, !dbg !72
  %18 = bitcast i8* %17 to i64*, !dbg !72
  store i64 %10, i64* %18, align 8, !dbg !72
  %19 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !72
  %20 = icmp ugt i64 %19, 65536, !dbg !72
  %21 = select i1 %20, i64 2, i64 1, !dbg !72
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %21) #0, !dbg !72
  br label %rec.done, !dbg !72

rec.lost:                                         ; preds = %entry
  %22 = bitcast i32* %zero to i8*, !dbg !72
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %22) #0, !dbg !72
  %.not1 = icmp eq i8* %23, null, !dbg !72
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !72

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !71

stat.inc:                                         ; preds = %rec.lost
  %24 = bitcast i8* %23 to i64*, !dbg !72
  %25 = load i64, i64* %24, align 8, !dbg !72
  %26 = add i64 %25, 1, !dbg !72
  store i64 %26, i64* %24, align 8, !dbg !72
  br label %rec.done, !dbg !72
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
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !38, size: 256, align: 8, elements: !39)
!38 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!39 = !{!40}
!40 = !DISubrange(count: 32, lowerBound: 0)
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
