; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_l = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_lk = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !37
@m_ls = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !56
@tp_ro = constant [144 x i8] zeroinitializer, section ".rodata", align 8, !dbg !58

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !79 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !85
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %zero = alloca i32, align 4, !dbg !86
  store i32 0, i32* %zero, align 4, !dbg !86
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([144 x i8], [144 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !86
  %1 = icmp eq i64 %0, 0, !dbg !86
  br i1 %1, label %pid.match, label %pid.filter, !dbg !86

return:                                           ; preds = %agg.full, %stat.inc, %bucket.done5, %pid.filter
  ret i32 0, !dbg !86

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !86
  %3 = lshr i64 %2, 32, !dbg !86
  %4 = icmp eq i64 %3, %0, !dbg !86
  br i1 %4, label %pid.match, label %return, !dbg !86

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !87
  %6 = bitcast i8* %5 to i64*, !dbg !87
  %7 = load i64, i64* %6, align 8, !dbg !87
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !87
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !87
  store i32 0, i32* %9, align 8, !dbg !87
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_l to i8*), i8* nonnull %8) #0, !dbg !87
  %.not = icmp eq i8* %10, null, !dbg !87
  br i1 %.not, label %agg.done, label %agg.have, !dbg !87

agg.done:                                         ; preds = %bucket.done, %pid.match
  %11 = getelementptr i8, i8* %ctx, i64 16, !dbg !88
  %12 = bitcast i8* %11 to i32*, !dbg !88
  %13 = load i32, i32* %12, align 4, !dbg !88
  %14 = zext i32 %13 to i64, !dbg !88
  %15 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !88
  %pid = lshr i64 %15, 32, !dbg !88
  %16 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !88
  store i64 %pid, i64* %16, align 8, !dbg !88
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lk to i8*), i8* nonnull %8) #0, !dbg !88
  %.not6 = icmp eq i8* %17, null, !dbg !88
  br i1 %.not6, label %agg.init, label %agg.have2, !dbg !88

agg.have:                                         ; preds = %pid.match
  %18 = icmp slt i64 %7, 0, !dbg !87
  %19 = icmp sgt i64 %7, 999, !dbg !87
  %20 = udiv i64 %7, 100, !dbg !87
  %21 = add nuw nsw i64 %20, 1, !dbg !87
  %22 = select i1 %19, i64 11, i64 %21, !dbg !87
  %bucket = select i1 %18, i64 0, i64 %22, !dbg !87
  %23 = icmp ult i64 %bucket, 12, !dbg !87
  br i1 %23, label %bucket.bump, label %bucket.done, !dbg !87

bucket.bump:                                      ; preds = %agg.have
  %24 = shl nuw nsw i64 %bucket, 3, !dbg !87
  %25 = getelementptr i8, i8* %10, i64 %24, !dbg !87
  %26 = bitcast i8* %25 to i64*, !dbg !87
  %27 = load i64, i64* %26, align 8, !dbg !87
  %28 = add i64 %27, 1, !dbg !87
  store i64 %28, i64* %26, align 8, !dbg !87
  br label %bucket.done, !dbg !87

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %29 = getelementptr i8, i8* %10, i64 96, !dbg !87
  %30 = bitcast i8* %29 to i64*, !dbg !87
  %31 = load i64, i64* %30, align 8, !dbg !87
  %32 = add i64 %31, %7, !dbg !87
  store i64 %32, i64* %30, align 8, !dbg !87
  br label %agg.done, !dbg !87

agg.have2:                                        ; preds = %agg.init, %agg.done
  %agg = phi i8* [ %17, %agg.done ], [ %38, %agg.init ], !dbg !88
  %33 = icmp ugt i32 %13, 9, !dbg !88
  %34 = add nuw nsw i64 %14, 1, !dbg !88
  %35 = select i1 %33, i64 11, i64 %34, !dbg !88
  %36 = icmp ult i64 %35, 12, !dbg !88
  br i1 %36, label %bucket.bump4, label %bucket.done5, !dbg !88

agg.init:                                         ; preds = %agg.done
  %37 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lk to i8*), i8* nonnull %8, i8* getelementptr inbounds ([144 x i8], [144 x i8]* @tp_ro, i64 0, i64 40), i64 1) #0, !dbg !88
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_lk to i8*), i8* nonnull %8) #0, !dbg !88
  %.not7 = icmp eq i8* %38, null, !dbg !88
  br i1 %.not7, label %agg.full, label %agg.have2, !dbg !88

agg.full:                                         ; preds = %agg.init
  %39 = bitcast i32* %zero to i8*, !dbg !88
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %39) #0, !dbg !88
  %.not8 = icmp eq i8* %40, null, !dbg !88
  br i1 %.not8, label %return, label %stat.inc, !dbg !88

stat.inc:                                         ; preds = %agg.full
  %41 = getelementptr i8, i8* %40, i64 16, !dbg !88
  %42 = bitcast i8* %41 to i64*, !dbg !88
  %43 = load i64, i64* %42, align 8, !dbg !88
  %44 = add i64 %43, 1, !dbg !88
  store i64 %44, i64* %42, align 8, !dbg !88
  br label %return, !dbg !88

bucket.bump4:                                     ; preds = %agg.have2
  %45 = shl nuw nsw i64 %35, 3, !dbg !88
  %46 = getelementptr i8, i8* %agg, i64 %45, !dbg !88
  %47 = bitcast i8* %46 to i64*, !dbg !88
  %48 = load i64, i64* %47, align 8, !dbg !88
  %49 = add i64 %48, 1, !dbg !88
  store i64 %49, i64* %47, align 8, !dbg !88
  br label %bucket.done5, !dbg !88

bucket.done5:                                     ; preds = %bucket.bump4, %agg.have2
  %50 = getelementptr i8, i8* %agg, i64 96, !dbg !88
  %51 = bitcast i8* %50 to i64*, !dbg !88
  %52 = load i64, i64* %51, align 8, !dbg !88
  %53 = add i64 %52, %14, !dbg !88
  store i64 %53, i64* %51, align 8, !dbg !88
  br label %return, !dbg !88
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_exit_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_read" !dbg !89 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !92
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !91, metadata !DIExpression()), !dbg !92
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([144 x i8], [144 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !93
  %1 = icmp eq i64 %0, 0, !dbg !93
  br i1 %1, label %pid.match, label %pid.filter, !dbg !93

return:                                           ; preds = %pid.match, %bucket.done, %pid.filter
  ret i32 0, !dbg !93

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !93
  %3 = lshr i64 %2, 32, !dbg !93
  %4 = icmp eq i64 %3, %0, !dbg !93
  br i1 %4, label %pid.match, label %return, !dbg !93

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 16, !dbg !94
  %6 = bitcast i8* %5 to i64*, !dbg !94
  %7 = load i64, i64* %6, align 8, !dbg !94
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !94
  %9 = bitcast [1 x i64]* %tmp to i32*, !dbg !94
  store i32 0, i32* %9, align 8, !dbg !94
  %10 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ls to i8*), i8* nonnull %8) #0, !dbg !94
  %.not = icmp eq i8* %10, null, !dbg !94
  br i1 %.not, label %return, label %agg.have, !dbg !94

agg.have:                                         ; preds = %pid.match
  %11 = icmp slt i64 %7, -100, !dbg !94
  %12 = icmp sgt i64 %7, 99, !dbg !94
  %13 = add i64 %7, 100, !dbg !94
  %14 = udiv i64 %13, 20, !dbg !94
  %15 = add nuw nsw i64 %14, 1, !dbg !94
  %16 = select i1 %12, i64 11, i64 %15, !dbg !94
  %bucket = select i1 %11, i64 0, i64 %16, !dbg !94
  %17 = icmp ult i64 %bucket, 12, !dbg !94
  br i1 %17, label %bucket.bump, label %bucket.done, !dbg !94

bucket.bump:                                      ; preds = %agg.have
  %18 = shl nuw i64 %bucket, 3, !dbg !94
  %19 = getelementptr i8, i8* %10, i64 %18, !dbg !94
  %20 = bitcast i8* %19 to i64*, !dbg !94
  %21 = load i64, i64* %20, align 8, !dbg !94
  %22 = add i64 %21, 1, !dbg !94
  store i64 %22, i64* %20, align 8, !dbg !94
  br label %bucket.done, !dbg !94

bucket.done:                                      ; preds = %bucket.bump, %agg.have
  %23 = getelementptr i8, i8* %10, i64 96, !dbg !94
  %24 = bitcast i8* %23 to i64*, !dbg !94
  %25 = load i64, i64* %24, align 8, !dbg !94
  %26 = add i64 %25, %7, !dbg !94
  store i64 %26, i64* %24, align 8, !dbg !94
  br label %return, !dbg !94
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!77, !78}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !65, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "agg_lhist.tp", directory: ".")
!4 = !{!0, !5, !28, !37, !56, !58}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 256, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 4, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_l", linkageName: "m_l", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 832, align: 64, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 13, lowerBound: 0)
!37 = !DIGlobalVariableExpression(var: !38, expr: !DIExpression())
!38 = distinct !DIGlobalVariable(name: "m_lk", linkageName: "m_lk", scope: !2, file: !3, type: !39, isLocal: false, isDefinition: true, align: 64)
!39 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !40)
!40 = !{!41, !46, !51, !32}
!41 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !42, size: 64, align: 64)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !44)
!44 = !{!45}
!45 = !DISubrange(count: 5, lowerBound: 0)
!46 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !47, size: 64, align: 64, offset: 64)
!47 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !48, size: 64, align: 64, dwarfAddressSpace: 0)
!48 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !49)
!49 = !{!50}
!50 = !DISubrange(count: 4096, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !52, size: 64, align: 64, offset: 128)
!52 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !53, size: 64, align: 64, dwarfAddressSpace: 0)
!53 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 64, align: 64, elements: !54)
!54 = !{!55}
!55 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !25, size: 64, align: 8)
!56 = !DIGlobalVariableExpression(var: !57, expr: !DIExpression())
!57 = distinct !DIGlobalVariable(name: "m_ls", linkageName: "m_ls", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!58 = !DIGlobalVariableExpression(var: !59, expr: !DIExpression())
!59 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !60, isLocal: false, isDefinition: true, align: 64)
!60 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !61)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !62, size: 1152, align: 8, elements: !63)
!62 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!63 = !{!64}
!64 = !DISubrange(count: 144, lowerBound: 0)
!65 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !66)
!66 = !{!67, !72}
!67 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !68, size: 64, align: 64)
!68 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !69, size: 64, align: 64, dwarfAddressSpace: 0)
!69 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !70)
!70 = !{!71}
!71 = !DISubrange(count: 27, lowerBound: 0)
!72 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !73, size: 64, align: 64, offset: 64)
!73 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !74, size: 64, align: 64, dwarfAddressSpace: 0)
!74 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !75)
!75 = !{!76}
!76 = !DISubrange(count: 262144, lowerBound: 0)
!77 = !{i32 2, !"Debug Info Version", i32 3}
!78 = !{i32 2, !"Dwarf Version", i32 4}
!79 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !80, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!80 = !DISubroutineType(types: !81)
!81 = !{!12, !82}
!82 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !79, file: !3, line: 2, type: !82)
!85 = !DILocation(line: 2, scope: !79)
!86 = !DILocation(line: 2, column: 1, scope: !79)
!87 = !DILocation(line: 3, column: 2, scope: !79)
!88 = !DILocation(line: 4, column: 2, scope: !79)
!89 = distinct !DISubprogram(name: "tp1_sys_exit_read", linkageName: "tp1_sys_exit_read", scope: !3, file: !3, line: 6, type: !80, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !90)
!90 = !{!91}
!91 = !DILocalVariable(name: "ctx", arg: 1, scope: !89, file: !3, line: 6, type: !82)
!92 = !DILocation(line: 6, scope: !89)
!93 = !DILocation(line: 6, column: 1, scope: !89)
!94 = !DILocation(line: 7, column: 2, scope: !89)
