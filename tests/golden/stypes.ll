; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !40 {
entry:
  %tmp6 = alloca [1 x i64], align 8, !dbg !46
  %tmp4 = alloca [1 x i64], align 8, !dbg !46
  %tmp2 = alloca [1 x i64], align 8, !dbg !46
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = inttoptr i64 %2 to i8*, !dbg !49
  %4 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !49
  %5 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !49
  store i64 0, i64* %5, align 8, !dbg !49
  %6 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %4, i32 4, i8* %3) #0, !dbg !49
  %7 = bitcast [1 x i64]* %tmp2 to i32*, !dbg !49
  %8 = load i32, i32* %7, align 8, !dbg !49
  %9 = getelementptr i8, i8* %3, i64 16, !dbg !49
  %10 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !49
  %11 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !49
  store i64 0, i64* %11, align 8, !dbg !49
  %12 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %10, i32 8, i8* %9) #0, !dbg !49
  %13 = load i64, i64* %11, align 8, !dbg !49
  %14 = getelementptr i8, i8* %3, i64 24, !dbg !49
  %15 = bitcast [1 x i64]* %tmp6 to i8*, !dbg !49
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp6, i64 0, i64 0, !dbg !49
  store i64 0, i64* %16, align 8, !dbg !49
  %17 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %15, i32 2, i8* %14) #0, !dbg !49
  %18 = bitcast [1 x i64]* %tmp6 to i16*, !dbg !49
  %19 = load i16, i16* %18, align 8, !dbg !49
  %20 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 48, i64 0) #0, !dbg !49
  %.not = icmp eq i8* %20, null, !dbg !49
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !49

rec.fill:                                         ; preds = %entry
  %21 = sext i16 %19 to i64, !dbg !49
  %22 = sext i32 %8 to i64, !dbg !49
  %23 = bitcast i8* %20 to i64*, !dbg !49
  store i64 1, i64* %23, align 8, !dbg !49
  %24 = getelementptr i8, i8* %20, i64 8, !dbg !49
  %25 = bitcast i8* %24 to i64*, !dbg !49
  store i64 %22, i64* %25, align 8, !dbg !49
  %26 = getelementptr i8, i8* %20, i64 16, !dbg !49
  %27 = getelementptr i8, i8* %3, i64 4, !dbg !49
  %28 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %26, i32 5, i8* %27) #0, !dbg !49
  %29 = getelementptr i8, i8* %20, i64 24, !dbg !49
  %30 = bitcast i8* %29 to i64*, !dbg !49
  store i64 %13, i64* %30, align 8, !dbg !49
  %31 = getelementptr i8, i8* %20, i64 32, !dbg !49
  %32 = bitcast i8* %31 to i64*, !dbg !49
  store i64 %21, i64* %32, align 8, !dbg !49
  %33 = getelementptr i8, i8* %20, i64 40, !dbg !49
  %34 = bitcast i8* %33 to i64*, !dbg !49
  store i64 40, i64* %34, align 8, !dbg !49
  %35 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %36 = icmp ugt i64 %35, 65536, !dbg !49
  %37 = select i1 %36, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %20, i64 %37) #0, !dbg !49
  br label %rec.done, !dbg !49

rec.lost:                                         ; preds = %entry
  %38 = bitcast i32* %zero to i8*, !dbg !49
  %39 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %38) #0, !dbg !49
  %.not11 = icmp eq i8* %39, null, !dbg !49
  br i1 %.not11, label %rec.done, label %stat.inc, !dbg !49

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %40 = bitcast i8* %39 to i64*, !dbg !49
  %41 = load i64, i64* %40, align 8, !dbg !49
  %42 = add i64 %41, 1, !dbg !49
  store i64 %42, i64* %40, align 8, !dbg !49
  br label %rec.done, !dbg !49
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "stypes.tp", directory: ".")
!4 = !{!0, !5}
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
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 5, type: !41, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 5, type: !43)
!46 = !DILocation(line: 5, scope: !40)
!47 = !DILocation(line: 5, column: 1, scope: !40)
!48 = !DILocation(line: 6, column: 2, scope: !40)
!49 = !DILocation(line: 7, column: 2, scope: !40)
