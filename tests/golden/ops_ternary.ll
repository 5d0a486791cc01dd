; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sched_switch(i8* %ctx) #0 section "tracepoint/sched/sched_switch" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i32*, !dbg !48
  %2 = load i32, i32* %1, align 4, !dbg !48
  %3 = getelementptr i8, i8* %ctx, i64 56, !dbg !48
  %4 = bitcast i8* %3 to i32*, !dbg !48
  %5 = load i32, i32* %4, align 4, !dbg !48
  %6 = icmp sgt i32 %2, %5, !dbg !48
  %.in = select i1 %6, i32 %2, i32 %5, !dbg !48
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !49
  %.not = icmp eq i8* %7, null, !dbg !49
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !49

rec.fill:                                         ; preds = %entry
  %8 = sext i32 %.in to i64, !dbg !48
  %9 = bitcast i8* %7 to i64*, !dbg !49
  store i64 1, i64* %9, align 8, !dbg !49
  %10 = getelementptr i8, i8* %7, i64 8, !dbg !49
  %11 = bitcast i8* %10 to i64*, !dbg !49
  store i64 %8, i64* %11, align 8, !dbg !49
  %12 = getelementptr i8, i8* %7, i64 16, !dbg !49
  %13 = load i32, i32* %1, align 4, !dbg !49
  %14 = icmp eq i32 %13, 0, !dbg !49
  br i1 %14, label %tern.t2, label %tern.f3, !dbg !49

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !49
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !49
  %.not5 = icmp eq i8* %16, null, !dbg !49
  br i1 %.not5, label %rec.done, label %stat.inc, !dbg !49

rec.done:                                         ; preds = %rec.lost, %stat.inc, %tern.done4
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %17 = bitcast i8* %16 to i64*, !dbg !49
  %18 = load i64, i64* %17, align 8, !dbg !49
  %19 = add i64 %18, 1, !dbg !49
  store i64 %19, i64* %17, align 8, !dbg !49
  br label %rec.done, !dbg !49

tern.t2:                                          ; preds = %rec.fill
  store i8 105, i8* %12, align 1, !dbg !49
  %20 = getelementptr i8, i8* %7, i64 17, !dbg !49
  store i8 100, i8* %20, align 1, !dbg !49
  %21 = getelementptr i8, i8* %7, i64 18, !dbg !49
  store i8 108, i8* %21, align 1, !dbg !49
  %22 = getelementptr i8, i8* %7, i64 19, !dbg !49
  store i8 101, i8* %22, align 1, !dbg !49
  %23 = getelementptr i8, i8* %7, i64 20, !dbg !49
  store i8 0, i8* %23, align 1, !dbg !49
  br label %tern.done4, !dbg !49

tern.f3:                                          ; preds = %rec.fill
  %24 = getelementptr i8, i8* %ctx, i64 8, !dbg !49
  %25 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %12, i32 16, i8* %24) #0, !dbg !49
  br label %tern.done4, !dbg !49

tern.done4:                                       ; preds = %tern.f3, %tern.t2
  %26 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %27 = icmp ugt i64 %26, 65536, !dbg !49
  %28 = select i1 %27, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %28) #0, !dbg !49
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
!3 = !DIFile(filename: "ops_ternary.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sched_switch", linkageName: "tp0_sched_switch", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
