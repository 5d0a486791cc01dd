; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_files = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [24 x i8] zeroinitializer, section ".rodata", align 8, !dbg !50

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !70 {
entry:
  %tmp1 = alloca [8 x i64], align 8, !dbg !76
  %tmp = alloca [1 x i64], align 8, !dbg !76
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !75, metadata !DIExpression()), !dbg !76
  %zero = alloca i32, align 4, !dbg !77
  store i32 0, i32* %zero, align 4, !dbg !77
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !78
  %1 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !78
  store i64 1, i64* %1, align 8, !dbg !78
  %2 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !78
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %2, i8 0, i64 64, i1 false), !dbg !78
  %3 = getelementptr i8, i8* %ctx, i64 24, !dbg !78
  %4 = bitcast i8* %3 to i64*, !dbg !78
  %5 = load i64, i64* %4, align 8, !dbg !78
  %6 = inttoptr i64 %5 to i8*, !dbg !78
  %7 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %2, i32 64, i8* %6) #0, !dbg !78
  %8 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* nonnull %2, i8* nonnull %0, i64 0) #0, !dbg !78
  %9 = icmp slt i64 %8, 0, !dbg !78
  br i1 %9, label %map.full, label %map.stored, !dbg !78

map.full:                                         ; preds = %entry
  %10 = bitcast i32* %zero to i8*, !dbg !78
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %10) #0, !dbg !78
  %.not12 = icmp eq i8* %11, null, !dbg !78
  br i1 %.not12, label %map.stored, label %stat.inc, !dbg !78

map.stored:                                       ; preds = %map.full, %stat.inc, %entry
  store i64 0, i64* %1, align 8, !dbg !79
  %12 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %0, i64 0) #0, !dbg !79
  %13 = load i64, i64* %1, align 8, !dbg !79
  %14 = icmp ugt i64 %13, 100, !dbg !79
  br i1 %14, label %if.then, label %if.done, !dbg !79

stat.inc:                                         ; preds = %map.full
  %15 = getelementptr i8, i8* %11, i64 8, !dbg !78
  %16 = bitcast i8* %15 to i64*, !dbg !78
  %17 = load i64, i64* %16, align 8, !dbg !78
  %18 = add i64 %17, 1, !dbg !78
  store i64 %18, i64* %16, align 8, !dbg !78
  br label %map.stored, !dbg !78

if.then:                                          ; preds = %map.stored
  %19 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !80
  %.not10 = icmp eq i8* %19, null, !dbg !80
  br i1 %.not10, label %rec.lost, label %rec.fill, !dbg !80

if.done:                                          ; preds = %rec.lost, %stat.inc2, %rec.fill, %map.stored
  store i64 0, i64* %1, align 8, !dbg !81
  %20 = call i64 inttoptr (i64 164 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_files to i8*), i8* bitcast (i64 (i8*, i8*, i8*, i8*)* @tp_len_cb to i8*), i8* nonnull %0, i64 0) #0, !dbg !81
  %21 = load i64, i64* %1, align 8, !dbg !81
  %22 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %22, null, !dbg !81
  br i1 %.not, label %rec.lost5, label %rec.fill4, !dbg !81

rec.fill:                                         ; preds = %if.then
  %23 = bitcast i8* %19 to i64*, !dbg !80
  store i64 5, i64* %23, align 8, !dbg !80
  %24 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !80
  %25 = icmp ugt i64 %24, 65536, !dbg !80
  %26 = select i1 %25, i64 2, i64 1, !dbg !80
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %19, i64 %26) #0, !dbg !80
  br label %if.done, !dbg !80

rec.lost:                                         ; preds = %if.then
  %27 = bitcast i32* %zero to i8*, !dbg !80
  %28 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %27) #0, !dbg !80
  %.not11 = icmp eq i8* %28, null, !dbg !80
  br i1 %.not11, label %if.done, label %stat.inc2, !dbg !80

stat.inc2:                                        ; preds = %rec.lost
  %29 = bitcast i8* %28 to i64*, !dbg !80
  %30 = load i64, i64* %29, align 8, !dbg !80
  %31 = add i64 %30, 1, !dbg !80
  store i64 %31, i64* %29, align 8, !dbg !80
  br label %if.done, !dbg !80

rec.fill4:                                        ; preds = %if.done
  %32 = bitcast i8* %22 to i64*, !dbg !81
  store i64 4294967297, i64* %32, align 8, !dbg !81
  %33 = getelementptr i8, i8* %22, i64 8, !dbg !81
  %34 = bitcast i8* %33 to i64*, !dbg !81
  store i64 %21, i64* %34, align 8, !dbg !81
  %35 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %36 = icmp ugt i64 %35, 65536, !dbg !81
  %37 = select i1 %36, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %22, i64 %37) #0, !dbg !81
  br label %rec.done6, !dbg !81

rec.lost5:                                        ; preds = %if.done
  %38 = bitcast i32* %zero to i8*, !dbg !81
  %39 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %38) #0, !dbg !81
  %.not9 = icmp eq i8* %39, null, !dbg !81
  br i1 %.not9, label %rec.done6, label %stat.inc7, !dbg !81

rec.done6:                                        ; preds = %rec.lost5, %stat.inc7, %rec.fill4
  ret i32 0, !dbg !77

stat.inc7:                                        ; preds = %rec.lost5
  %40 = bitcast i8* %39 to i64*, !dbg !81
  %41 = load i64, i64* %40, align 8, !dbg !81
  %42 = add i64 %41, 1, !dbg !81
  store i64 %42, i64* %40, align 8, !dbg !81
  br label %rec.done6, !dbg !81
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind
define internal i64 @tp_len_cb(i8* %map, i8* %key, i8* %value, i8* %ctx) #3 !dbg !82 {
entry:
  %0 = bitcast i8* %ctx to i64*, !dbg !90
  %1 = load i64, i64* %0, align 8, !dbg !90
  %2 = add i64 %1, 1, !dbg !90
  store i64 %2, i64* %0, align 8, !dbg !90
  ret i64 0, !dbg !90
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { noinline nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!68, !69}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !56, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "len_fn.tp", directory: ".")
!4 = !{!0, !5, !28, !50}
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
!29 = distinct !DIGlobalVariable(name: "m_files", linkageName: "m_files", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !33, !38, !47}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 4096, lowerBound: 0)
!38 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !39, size: 64, align: 64, offset: 128)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 512, align: 64, elements: !41)
!41 = !{!42}
!42 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !43, size: 512, align: 8)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 512, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 64, lowerBound: 0)
!47 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !48, size: 64, align: 64, offset: 192)
!48 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !49, size: 64, align: 64, dwarfAddressSpace: 0)
!49 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!50 = !DIGlobalVariableExpression(var: !51, expr: !DIExpression())
!51 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !52, isLocal: false, isDefinition: true, align: 64)
!52 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !53)
!53 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 192, align: 8, elements: !54)
!54 = !{!55}
!55 = !DISubrange(count: 24, lowerBound: 0)
!56 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !57)
!57 = !{!58, !63}
!58 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !59, size: 64, align: 64)
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !60, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !61)
!61 = !{!62}
!62 = !DISubrange(count: 27, lowerBound: 0)
!63 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !64, size: 64, align: 64, offset: 64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 262144, lowerBound: 0)
!68 = !{i32 2, !"Debug Info Version", i32 3}
!69 = !{i32 2, !"Dwarf Version", i32 4}
!70 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !71, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !74)
!71 = !DISubroutineType(types: !72)
!72 = !{!12, !73}
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !{!75}
!75 = !DILocalVariable(name: "ctx", arg: 1, scope: !70, file: !3, line: 2, type: !73)
!76 = !DILocation(line: 2, scope: !70)
!77 = !DILocation(line: 2, column: 1, scope: !70)
!78 = !DILocation(line: 3, column: 2, scope: !70)
!79 = !DILocation(line: 4, column: 2, scope: !70)
!80 = !DILocation(line: 5, column: 3, scope: !70)
!81 = !DILocation(line: 7, column: 2, scope: !70)
!82 = distinct !DISubprogram(name: "tp_len_cb", linkageName: "tp_len_cb", scope: !3, file: !3, line: 1, type: !83, scopeLine: 1, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !85)
!83 = !DISubroutineType(types: !84)
!84 = !{!25, !73, !73, !73, !73}
!85 = !{!86, !87, !88, !89}
!86 = !DILocalVariable(name: "map", arg: 1, scope: !82, file: !3, line: 1, type: !73)
!87 = !DILocalVariable(name: "key", arg: 2, scope: !82, file: !3, line: 1, type: !73)
!88 = !DILocalVariable(name: "value", arg: 3, scope: !82, file: !3, line: 1, type: !73)
!89 = !DILocalVariable(name: "ctx", arg: 4, scope: !82, file: !3, line: 1, type: !73)
!90 = !DILocation(line: 1, column: 1, scope: !82)
