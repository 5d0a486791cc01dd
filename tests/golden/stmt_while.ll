; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  br label %while.cond, !dbg !48

while.cond:                                       ; preds = %while.body, %if.done6, %entry
  %tmp1.sroa.0.0 = phi i64 [ 0, %entry ], [ %1, %if.done6 ], [ %1, %while.body ], !dbg !49
  %tmp.sroa.0.0 = phi i64 [ 0, %entry ], [ %11, %if.done6 ], [ %tmp.sroa.0.0, %while.body ], !dbg !49
  %0 = icmp slt i64 %tmp1.sroa.0.0, 10, !dbg !48
  br i1 %0, label %while.body, label %while.end, !dbg !48

while.body:                                       ; preds = %while.cond
  %1 = add i64 %tmp1.sroa.0.0, 1, !dbg !50
  %2 = icmp slt i64 %1, 0, !dbg !51
  %3 = xor i64 %tmp1.sroa.0.0, -1, !dbg !51
  %4 = select i1 %2, i64 %3, i64 %1, !dbg !51
  %5 = and i64 %4, 1, !dbg !51
  %6 = sub nsw i64 0, %5, !dbg !51
  %7 = select i1 %2, i64 %6, i64 %5, !dbg !51
  %8 = icmp eq i64 %7, 0, !dbg !51
  br i1 %8, label %while.cond, label %if.done, !dbg !51

while.end:                                        ; preds = %if.done, %while.cond
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !52
  %.not = icmp eq i8* %9, null, !dbg !52
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !52

if.done:                                          ; preds = %while.body
  %10 = icmp sgt i64 %1, 7, !dbg !53
  br i1 %10, label %while.end, label %if.done6, !dbg !53

if.done6:                                         ; preds = %if.done
  %11 = add i64 %tmp.sroa.0.0, %1, !dbg !54
  br label %while.cond, !dbg !54

rec.fill:                                         ; preds = %while.end
  %12 = bitcast i8* %9 to i64*, !dbg !52
  store i64 1, i64* %12, align 8, !dbg !52
  %13 = getelementptr i8, i8* %9, i64 8, !dbg !52
  %14 = bitcast i8* %13 to i64*, !dbg !52
  store i64 %tmp.sroa.0.0, i64* %14, align 8, !dbg !52
  %15 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !52
  %16 = icmp ugt i64 %15, 65536, !dbg !52
  %17 = select i1 %16, i64 2, i64 1, !dbg !52
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %17) #0, !dbg !52
  br label %rec.done, !dbg !52

rec.lost:                                         ; preds = %while.end
  %18 = bitcast i32* %zero to i8*, !dbg !52
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !52
  %.not15 = icmp eq i8* %19, null, !dbg !52
  br i1 %.not15, label %rec.done, label %stat.inc, !dbg !52

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !47

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %19 to i64*, !dbg !52
  %21 = load i64, i64* %20, align 8, !dbg !52
  %22 = add i64 %21, 1, !dbg !52
  store i64 %22, i64* %20, align 8, !dbg !52
  br label %rec.done, !dbg !52
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
!3 = !DIFile(filename: "stmt_while.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 5, column: 2, scope: !40)
!49 = !DILocation(line: 0, scope: !40)
!50 = !DILocation(line: 6, column: 3, scope: !40)
!51 = !DILocation(line: 7, column: 3, scope: !40)
!52 = !DILocation(line: 15, column: 2, scope: !40)
!53 = !DILocation(line: 10, column: 3, scope: !40)
!54 = !DILocation(line: 13, column: 3, scope: !40)
