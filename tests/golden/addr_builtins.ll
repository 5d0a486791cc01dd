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
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = call i32 inttoptr (i64 42 to i32 ()*)() #0, !dbg !48
  %1 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 72, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %1, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %numaid = zext i32 %0 to i64, !dbg !48
  %2 = bitcast i8* %1 to i64*, !dbg !48
  store i64 1, i64* %2, align 8, !dbg !48
  %3 = getelementptr i8, i8* %1, i64 8, !dbg !48
  %4 = bitcast i8* %3 to i64*, !dbg !48
  store i64 %numaid, i64* %4, align 8, !dbg !48
  %5 = getelementptr i8, i8* %1, i64 16, !dbg !48
  %6 = bitcast i8* %5 to i64*, !dbg !48
  store i64 2, i64* %6, align 8, !dbg !48
  %7 = getelementptr i8, i8* %1, i64 24, !dbg !48
  %8 = bitcast i8* %7 to i64*, !dbg !48
  store i64 16777343, i64* %8, align 8, !dbg !48
  %9 = getelementptr i8, i8* %1, i64 32, !dbg !48
  %10 = bitcast i8* %9 to i64*, !dbg !48
  store i64 0, i64* %10, align 8, !dbg !48
  %11 = getelementptr i8, i8* %1, i64 40, !dbg !48
  %12 = bitcast i8* %11 to i64*, !dbg !48
  store i64 10, i64* %12, align 8, !dbg !48
  %13 = getelementptr i8, i8* %1, i64 48, !dbg !48
  %14 = bitcast i8* %13 to i64*, !dbg !48
  store i64 33022, i64* %14, align 8, !dbg !48
  %15 = getelementptr i8, i8* %1, i64 56, !dbg !48
  %16 = bitcast i8* %15 to i64*, !dbg !48
  store i64 72057594037927936, i64* %16, align 8, !dbg !48
  %17 = getelementptr i8, i8* %1, i64 64, !dbg !48
  %18 = bitcast i8* %17 to i64*, !dbg !48
  store i64 16777226, i64* %18, align 8, !dbg !48
  %19 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %20 = icmp ugt i64 %19, 65536, !dbg !48
  %21 = select i1 %20, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %1, i64 %21) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %22 = bitcast i32* %zero to i8*, !dbg !48
  %23 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %22) #0, !dbg !48
  %.not6 = icmp eq i8* %23, null, !dbg !48
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %24 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 152, i64 0) #0, !dbg !49
  %.not7 = icmp eq i8* %24, null, !dbg !49
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %25 = bitcast i8* %23 to i64*, !dbg !48
  %26 = load i64, i64* %25, align 8, !dbg !48
  %27 = add i64 %26, 1, !dbg !48
  store i64 %27, i64* %25, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill1:                                        ; preds = %rec.done
  %28 = bitcast i8* %24 to i64*, !dbg !49
  store i64 4294967297, i64* %28, align 8, !dbg !49
  %29 = getelementptr i8, i8* %24, i64 8, !dbg !49
  %30 = getelementptr i8, i8* %ctx, i64 24, !dbg !49
  %31 = bitcast i8* %30 to i64*, !dbg !49
  %32 = load i64, i64* %31, align 8, !dbg !49
  %33 = inttoptr i64 %32 to i8*, !dbg !49
  %34 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %29, i32 65, i8* %33) #0, !dbg !49
  %35 = getelementptr i8, i8* %24, i64 80, !dbg !49
  %36 = load i64, i64* %31, align 8, !dbg !49
  %37 = inttoptr i64 %36 to i8*, !dbg !49
  %38 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %35, i32 65, i8* %37) #0, !dbg !49
  %39 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %40 = icmp ugt i64 %39, 65536, !dbg !49
  %41 = select i1 %40, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %24, i64 %41) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %rec.done
  %42 = bitcast i32* %zero to i8*, !dbg !49
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %42) #0, !dbg !49
  %.not8 = icmp eq i8* %43, null, !dbg !49
  br i1 %.not8, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  ret i32 0, !dbg !47

stat.inc4:                                        ; preds = %rec.lost2
  %44 = bitcast i8* %43 to i64*, !dbg !49
  %45 = load i64, i64* %44, align 8, !dbg !49
  %46 = add i64 %45, 1, !dbg !49
  store i64 %46, i64* %44, align 8, !dbg !49
  br label %rec.done3, !dbg !49
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
!3 = !DIFile(filename: "addr_builtins.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !41, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 3, type: !43)
!46 = !DILocation(line: 3, scope: !40)
!47 = !DILocation(line: 3, column: 1, scope: !40)
!48 = !DILocation(line: 5, column: 2, scope: !40)
!49 = !DILocation(line: 7, column: 2, scope: !40)
