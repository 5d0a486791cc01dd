; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_fd = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_name = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !46
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !56

; Function Attrs: nounwind
define i32 @tp0_sys_exit_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !76 {
entry:
  %tmp1 = alloca [1 x i64], align 8, !dbg !82
  %tmp = alloca [1 x i64], align 8, !dbg !82
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !81, metadata !DIExpression()), !dbg !82
  %zero = alloca i32, align 4, !dbg !83
  store i32 0, i32* %zero, align 4, !dbg !83
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !84
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !84
  %tid = and i64 %1, 4294967295, !dbg !84
  %2 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !84
  store i64 %tid, i64* %2, align 8, !dbg !84
  %3 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %0) #0, !dbg !84
  %.not = icmp eq i8* %3, null, !dbg !84
  br i1 %.not, label %map.done, label %map.read, !dbg !84

map.read:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !84
  %5 = load i64, i64* %4, align 8, !dbg !84
  br label %map.done, !dbg !84

map.done:                                         ; preds = %map.read, %entry
  %6 = phi i64 [ 0, %entry ], [ %5, %map.read ], !dbg !84
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 80, i64 0) #0, !dbg !84
  %.not5 = icmp eq i8* %7, null, !dbg !84
  br i1 %.not5, label %rec.lost, label %rec.fill, !dbg !84

rec.fill:                                         ; preds = %map.done
  %8 = bitcast i8* %7 to i64*, !dbg !84
  store i64 1, i64* %8, align 8, !dbg !84
  %9 = getelementptr i8, i8* %7, i64 8, !dbg !84
  %10 = bitcast i8* %9 to i64*, !dbg !84
  store i64 %6, i64* %10, align 8, !dbg !84
  %11 = getelementptr i8, i8* %7, i64 16, !dbg !84
  %12 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !84
  %13 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !84
  %tid2 = and i64 %13, 4294967295, !dbg !84
  %14 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !84
  store i64 %tid2, i64* %14, align 8, !dbg !84
  %15 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %12) #0, !dbg !84
  %.not7 = icmp eq i8* %15, null, !dbg !84
  br i1 %.not7, label %map.none, label %map.read3, !dbg !84

rec.lost:                                         ; preds = %map.done
  %16 = bitcast i32* %zero to i8*, !dbg !84
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !84
  %.not6 = icmp eq i8* %17, null, !dbg !84
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !84

rec.done:                                         ; preds = %rec.lost, %stat.inc, %map.done4
  ret i32 0, !dbg !83

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !84
  %19 = load i64, i64* %18, align 8, !dbg !84
  %20 = add i64 %19, 1, !dbg !84
  store i64 %20, i64* %18, align 8, !dbg !84
  br label %rec.done, !dbg !84

map.read3:                                        ; preds = %rec.fill
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %11, i8* noundef nonnull align 1 dereferenceable(64) %15, i64 64, i1 false), !dbg !84
  br label %map.done4, !dbg !84

map.none:                                         ; preds = %rec.fill
  store i8 0, i8* %11, align 1, !dbg !84
  br label %map.done4, !dbg !84

map.done4:                                        ; preds = %map.none, %map.read3
  %21 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !84
  %22 = icmp ugt i64 %21, 65536, !dbg !84
  %23 = select i1 %22, i64 2, i64 1, !dbg !84
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %23) #0, !dbg !84
  br label %rec.done, !dbg !84
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp1_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !85 {
entry:
  %tmp2 = alloca [8 x i64], align 8, !dbg !88
  %tmp1 = alloca [1 x i64], align 8, !dbg !88
  %tmp = alloca [1 x i64], align 8, !dbg !88
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !87, metadata !DIExpression()), !dbg !88
  %zero = alloca i32, align 4, !dbg !89
  store i32 0, i32* %zero, align 4, !dbg !89
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !90
  %1 = bitcast i8* %0 to i32*, !dbg !90
  %2 = load i32, i32* %1, align 4, !dbg !90
  %3 = sext i32 %2 to i64, !dbg !90
  %4 = bitcast [1 x i64]* %tmp to i8*, !dbg !90
  %5 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !90
  store i64 %3, i64* %5, align 8, !dbg !90
  %6 = bitcast [1 x i64]* %tmp1 to i8*, !dbg !90
  %7 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !90
  %tid = and i64 %7, 4294967295, !dbg !90
  %8 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp1, i64 0, i64 0, !dbg !90
  store i64 %tid, i64* %8, align 8, !dbg !90
  %9 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_fd to i8*), i8* nonnull %6, i8* nonnull %4, i64 0) #0, !dbg !90
  %10 = icmp slt i64 %9, 0, !dbg !90
  br i1 %10, label %map.full, label %map.stored, !dbg !90

map.full:                                         ; preds = %entry
  %11 = bitcast i32* %zero to i8*, !dbg !90
  %12 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %11) #0, !dbg !90
  %.not8 = icmp eq i8* %12, null, !dbg !90
  br i1 %.not8, label %map.stored, label %stat.inc, !dbg !90

map.stored:                                       ; preds = %map.full, %stat.inc, %entry
  %13 = bitcast [8 x i64]* %tmp2 to i8*, !dbg !91
  %14 = getelementptr i8, i8* %ctx, i64 24, !dbg !91
  %15 = bitcast i8* %14 to i64*, !dbg !91
  %16 = load i64, i64* %15, align 8, !dbg !91
  %17 = inttoptr i64 %16 to i8*, !dbg !91
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %13, i32 64, i8* %17) #0, !dbg !91
  %19 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !91
  %tid3 = and i64 %19, 4294967295, !dbg !91
  store i64 %tid3, i64* %8, align 8, !dbg !91
  %20 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_name to i8*), i8* nonnull %6, i8* nonnull %13, i64 0) #0, !dbg !91
  %21 = icmp slt i64 %20, 0, !dbg !91
  br i1 %21, label %map.full4, label %map.stored5, !dbg !91

stat.inc:                                         ; preds = %map.full
  %22 = getelementptr i8, i8* %12, i64 8, !dbg !90
  %23 = bitcast i8* %22 to i64*, !dbg !90
  %24 = load i64, i64* %23, align 8, !dbg !90
  %25 = add i64 %24, 1, !dbg !90
  store i64 %25, i64* %23, align 8, !dbg !90
  br label %map.stored, !dbg !90

map.full4:                                        ; preds = %map.stored
  %26 = bitcast i32* %zero to i8*, !dbg !91
  %27 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %26) #0, !dbg !91
  %.not = icmp eq i8* %27, null, !dbg !91
  br i1 %.not, label %map.stored5, label %stat.inc6, !dbg !91

map.stored5:                                      ; preds = %map.full4, %stat.inc6, %map.stored
  ret i32 0, !dbg !89

stat.inc6:                                        ; preds = %map.full4
  %28 = getelementptr i8, i8* %27, i64 16, !dbg !91
  %29 = bitcast i8* %28 to i64*, !dbg !91
  %30 = load i64, i64* %29, align 8, !dbg !91
  %31 = add i64 %30, 1, !dbg !91
  store i64 %31, i64* %29, align 8, !dbg !91
  br label %map.stored5, !dbg !91
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!74, !75}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !62, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "map_read_before_write.tp", directory: ".")
!4 = !{!0, !5, !28, !46, !56}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_fd", linkageName: "m_fd", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !43}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !44, size: 64, align: 64, offset: 192)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!46 = !DIGlobalVariableExpression(var: !47, expr: !DIExpression())
!47 = distinct !DIGlobalVariable(name: "m_name", linkageName: "m_name", scope: !2, file: !3, type: !48, isLocal: false, isDefinition: true, align: 64)
!48 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !49)
!49 = !{!32, !33, !38, !50}
!50 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 192)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 512, align: 8, elements: !54)
!53 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!54 = !{!55}
!55 = !DISubrange(count: 64, lowerBound: 0)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !58, isLocal: false, isDefinition: true, align: 64)
!58 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !59)
!59 = !DICompositeType(tag: DW_TAG_array_type, baseType: !53, size: 192, align: 8, elements: !60)
!60 = !{!61}
!61 = !DISubrange(count: 24, lowerBound: 0)
!62 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !63)
!63 = !{!64, !69}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !65, size: 64, align: 64)
!65 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !66, size: 64, align: 64, dwarfAddressSpace: 0)
!66 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !67)
!67 = !{!68}
!68 = !DISubrange(count: 27, lowerBound: 0)
!69 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !70, size: 64, align: 64, offset: 64)
!70 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !71, size: 64, align: 64, dwarfAddressSpace: 0)
!71 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !72)
!72 = !{!73}
!73 = !DISubrange(count: 262144, lowerBound: 0)
!74 = !{i32 2, !"Debug Info Version", i32 3}
!75 = !{i32 2, !"Dwarf Version", i32 4}
!76 = distinct !DISubprogram(name: "tp0_sys_exit_openat", linkageName: "tp0_sys_exit_openat", scope: !3, file: !3, line: 2, type: !77, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !80)
!77 = !DISubroutineType(types: !78)
!78 = !{!12, !79}
!79 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!80 = !{!81}
!81 = !DILocalVariable(name: "ctx", arg: 1, scope: !76, file: !3, line: 2, type: !79)
!82 = !DILocation(line: 2, scope: !76)
!83 = !DILocation(line: 2, column: 1, scope: !76)
!84 = !DILocation(line: 3, column: 2, scope: !76)
!85 = distinct !DISubprogram(name: "tp1_sys_enter_openat", linkageName: "tp1_sys_enter_openat", scope: !3, file: !3, line: 5, type: !77, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !86)
!86 = !{!87}
!87 = !DILocalVariable(name: "ctx", arg: 1, scope: !85, file: !3, line: 5, type: !79)
!88 = !DILocation(line: 5, scope: !85)
!89 = !DILocation(line: 5, column: 1, scope: !85)
!90 = !DILocation(line: 6, column: 2, scope: !85)
!91 = !DILocation(line: 7, column: 2, scope: !85)
