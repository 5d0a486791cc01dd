; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_start = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !43

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !64 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !70
  %tmp = alloca [1 x i64], align 8, !dbg !70
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !69, metadata !DIExpression()), !dbg !70
  %zero = alloca i32, align 4, !dbg !71
  store i32 0, i32* %zero, align 4, !dbg !71
  %0 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !72
  %1 = bitcast [1 x i64]* %tmp to i8*, !dbg !72
  %2 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !72
  store i64 %0, i64* %2, align 8, !dbg !72
  %3 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !72
  %4 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !72
  store i64 0, i64* %4, align 8, !dbg !72
  %5 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %3, i8* nonnull %1, i64 0) #0, !dbg !72
  %6 = icmp slt i64 %5, 0, !dbg !72
  br i1 %6, label %map.full, label %map.stored, !dbg !72

map.full:                                         ; preds = %entry
  %7 = bitcast i32* %zero to i8*, !dbg !72
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %7) #0, !dbg !72
  %.not5 = icmp eq i8* %8, null, !dbg !72
  br i1 %.not5, label %map.stored, label %stat.inc, !dbg !72

map.stored:                                       ; preds = %map.full, %stat.inc, %entry
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !73
  %.not = icmp eq i8* %9, null, !dbg !73
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !73

stat.inc:                                         ; preds = %map.full
  %10 = getelementptr i8, i8* %8, i64 8, !dbg !72
  %11 = bitcast i8* %10 to i64*, !dbg !72
  %12 = load i64, i64* %11, align 8, !dbg !72
  %13 = add i64 %12, 1, !dbg !72
  store i64 %13, i64* %11, align 8, !dbg !72
  br label %map.stored, !dbg !72

rec.fill:                                         ; preds = %map.stored
  %14 = bitcast i8* %9 to i64*, !dbg !73
  store i64 1, i64* %14, align 8, !dbg !73
  %15 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !73
  %16 = icmp ugt i64 %15, 65536, !dbg !73
  %17 = select i1 %16, i64 2, i64 1, !dbg !73
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %17) #0, !dbg !73
  br label %rec.done, !dbg !73

rec.lost:                                         ; preds = %map.stored
  %18 = bitcast i32* %zero to i8*, !dbg !73
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !73
  %.not4 = icmp eq i8* %19, null, !dbg !73
  br i1 %.not4, label %rec.done, label %stat.inc2, !dbg !73

rec.done:                                         ; preds = %rec.lost, %stat.inc2, %rec.fill
  ret i32 0, !dbg !71

stat.inc2:                                        ; preds = %rec.lost
  %20 = bitcast i8* %19 to i64*, !dbg !73
  %21 = load i64, i64* %20, align 8, !dbg !73
  %22 = add i64 %21, 1, !dbg !73
  store i64 %22, i64* %20, align 8, !dbg !73
  br label %rec.done, !dbg !73
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @end1(i8* %ctx) #0 section "raw_tp" !dbg !74 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !77
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !76, metadata !DIExpression()), !dbg !77
  %zero = alloca i32, align 4, !dbg !78
  store i32 0, i32* %zero, align 4, !dbg !78
  %0 = call i64 inttoptr (i64 5 to i64 ()*)() #0, !dbg !79
  %1 = bitcast [1 x i64]* %tmp to i8*, !dbg !79
  %2 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !79
  store i64 0, i64* %2, align 8, !dbg !79
  %3 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_start to i8*), i8* nonnull %1) #0, !dbg !79
  %.not = icmp eq i8* %3, null, !dbg !79
  br i1 %.not, label %map.done, label %map.read, !dbg !79

map.read:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !79
  %5 = load i64, i64* %4, align 8, !dbg !79
  br label %map.done, !dbg !79

map.done:                                         ; preds = %map.read, %entry
  %6 = phi i64 [ 0, %entry ], [ %5, %map.read ], !dbg !79
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !79
  %.not1 = icmp eq i8* %7, null, !dbg !79
  br i1 %.not1, label %rec.lost, label %rec.fill, !dbg !79

rec.fill:                                         ; preds = %map.done
  %8 = sub i64 %0, %6, !dbg !79
  %9 = bitcast i8* %7 to i64*, !dbg !79
  store i64 4294967297, i64* %9, align 8, !dbg !79
  %10 = getelementptr i8, i8* %7, i64 8, !dbg !79
  %11 = bitcast i8* %10 to i64*, !dbg !79
  store i64 %8, i64* %11, align 8, !dbg !79
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !79
  %13 = icmp ugt i64 %12, 65536, !dbg !79
  %14 = select i1 %13, i64 2, i64 1, !dbg !79
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %14) #0, !dbg !79
  br label %rec.done, !dbg !79

rec.lost:                                         ; preds = %map.done
  %15 = bitcast i32* %zero to i8*, !dbg !79
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !79
  %.not2 = icmp eq i8* %16, null, !dbg !79
  br i1 %.not2, label %rec.done, label %stat.inc, !dbg !79

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !78

stat.inc:                                         ; preds = %rec.lost
  %17 = bitcast i8* %16 to i64*, !dbg !79
  %18 = load i64, i64* %17, align 8, !dbg !79
  %19 = add i64 %18, 1, !dbg !79
  store i64 %19, i64* %17, align 8, !dbg !79
  br label %rec.done, !dbg !79
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!62, !63}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !50, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "probe_begin_end.tp", directory: ".")
!4 = !{!0, !5, !28, !43}
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
!29 = distinct !DIGlobalVariable(name: "m_start", linkageName: "m_start", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !40}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 192)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!43 = !DIGlobalVariableExpression(var: !44, expr: !DIExpression())
!44 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !45, isLocal: false, isDefinition: true, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !46)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !47, size: 320, align: 8, elements: !48)
!47 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!48 = !{!49}
!49 = !DISubrange(count: 40, lowerBound: 0)
!50 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !51)
!51 = !{!52, !57}
!52 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !53, size: 64, align: 64)
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !54, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !55)
!55 = !{!56}
!56 = !DISubrange(count: 27, lowerBound: 0)
!57 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !58, size: 64, align: 64, offset: 64)
!58 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !59, size: 64, align: 64, dwarfAddressSpace: 0)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 262144, lowerBound: 0)
!62 = !{i32 2, !"Debug Info Version", i32 3}
!63 = !{i32 2, !"Dwarf Version", i32 4}
!64 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !65, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !68)
!65 = !DISubroutineType(types: !66)
!66 = !{!12, !67}
!67 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!68 = !{!69}
!69 = !DILocalVariable(name: "ctx", arg: 1, scope: !64, file: !3, line: 2, type: !67)
!70 = !DILocation(line: 2, scope: !64)
!71 = !DILocation(line: 2, column: 1, scope: !64)
!72 = !DILocation(line: 2, column: 9, scope: !64)
!73 = !DILocation(line: 2, column: 25, scope: !64)
!74 = distinct !DISubprogram(name: "end1", linkageName: "end1", scope: !3, file: !3, line: 3, type: !65, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !75)
!75 = !{!76}
!76 = !DILocalVariable(name: "ctx", arg: 1, scope: !74, file: !3, line: 3, type: !67)
!77 = !DILocation(line: 3, scope: !74)
!78 = !DILocation(line: 3, column: 1, scope: !74)
!79 = !DILocation(line: 3, column: 7, scope: !74)
